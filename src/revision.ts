/**
 * `revision: "auto"`: a short hash of the consent-relevant parts of a config, so adding a service, a
 * host or a country asks every visitor again (GDPR Art. 7 and 13: consent covers the recipients and
 * transfers the visitor was told about), while fixing a typo in a text does not.
 *
 * Hashed: category ids and which are necessary; each service's id, category, catalogue entry, hosts and
 * countries (sorted, so reordering changes nothing). Not hashed: titles, descriptions, purposes' wording,
 * provider names, links, cookie lifetimes and every option outside `categories` and `services`. A change of
 * purpose that matters is a change of category; rewording a purpose is a text change.
 */
import type { KeksConfig, ServiceConfig } from './config.js';
import { catalogueHosts } from './services/registry.js';

const sorted = (v: readonly string[] | string | undefined): string =>
  ([] as string[])
    .concat(v ?? [])
    .map((x) => x.toLowerCase())
    .sort()
    .join(',');

/** The canonical text that is hashed (exported for tests and for explaining a change). */
export function revisionSource(config: KeksConfig, categories: Record<string, { necessary?: boolean }>): string {
  const parts = Object.keys(categories)
    .sort()
    .map((id) => `c:${id}:${categories[id].necessary ? 1 : 0}`);
  const services = config.services ?? {};
  for (const id of Object.keys(services).sort()) {
    const s = services[id] as Partial<ServiceConfig> & { from?: unknown };
    const e = catalogueHosts(s.from);
    parts.push(
      `s:${id}:${s.category ?? e?.category}:${e ? e.id : ''}:${sorted(s.hosts ?? e?.hosts)}:${sorted(s.country ?? e?.countries)}`,
    );
  }
  return parts.join('|');
}

/** FNV-1a, 32 bits: short, stable, and plenty to tell one config from the next (this is no security hash). */
export function autoRevision(config: KeksConfig, categories: Record<string, { necessary?: boolean }>): number {
  let h = 0x811c9dc5;
  for (const ch of revisionSource(config, categories)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

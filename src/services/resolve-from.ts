/**
 * Turns `{ from: id, ...overrides }` into a full service for the loader: the entry's category, hosts,
 * cookie and storage names and countries, then the config's own fields on top. The descriptive fields
 * (provider, purpose, cookie lifetimes) arrive later with the UI (`hydrate-services.ts`).
 */
import type { KeksConfig, ServiceConfig } from '../config.js';
import { catalogueHosts } from './registry.js';

/** Services by id with every `from` resolved; assumes `validate()` found no problem. */
export function resolveServices(services: KeksConfig['services']): Record<string, ServiceConfig> {
  const out: Record<string, ServiceConfig> = {};
  for (const id in services) {
    const s = services[id] as Partial<ServiceConfig> & { from?: unknown };
    const e = s.from !== undefined ? catalogueHosts(s.from) : undefined;
    if (!e) {
      out[id] = { ...(s as ServiceConfig) };
      continue;
    }
    // Only fields the config really sets override the entry (`category: undefined` keeps the entry's).
    const own = Object.fromEntries(Object.entries(s).filter(([k, v]) => k != 'from' && v !== undefined));
    out[id] = {
      // Filled in by the UI from the full entry (hydrate-services.ts) unless the config sets them.
      provider: '',
      purpose: '',
      privacyPolicy: '',
      category: e.category,
      hosts: e.hosts,
      cookies: e.cookies.map((name) => ({ name, lifetime: '' })),
      storage: e.storage,
      country: e.countries,
      ...own,
      from: e.id,
    };
  }
  return out;
}

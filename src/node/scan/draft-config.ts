/**
 * The draft config: a complete Keks config for everything the scan identified, so that loading it holds
 * back every third party found. Services the page's own config declares are kept as they are; catalogue
 * services come with their known facts; what nobody could identify becomes a `marketing` service (the
 * strictest choice) whose texts start with "REVIEW:", for a person to complete before publishing.
 */
import {
  DEFAULT_CATEGORIES,
  type CategoryConfig,
  type CookieDeclaration,
  type KeksConfig,
  type ServiceConfig,
} from '../../config.js';
import { ID } from '../../record.js';
import type { Findings } from './findings.js';
import type { CatalogueEntry } from './match.js';
import { nameMatches } from './match.js';
import type { PageScan } from './phases.js';
import type { CookieRecord, PhaseRecords, ServiceFinding } from './report-types.js';
import { siteOf } from './site.js';

/** ISO 3166 reserves ZZ for an unknown country; the report asks the reader to replace it. */
export const UNKNOWN_COUNTRY = 'ZZ';
export const REVIEW = 'REVIEW:';

/** A valid, unused service id from free text (`cdn.tracker.example` → `tracker-example`). */
export function serviceId(text: string, taken: (id: string) => boolean): string {
  let base = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(base)) base = 's-' + base;
  let id = base;
  for (let n = 2; taken(id) || !ID.test(id); n++) id = `${base}-${n}`;
  return id;
}

/** A cookie's lifetime for the declaration: whole days from its expiry, or "session". */
export function lifetimeOf(expires: number | null, now: number): CookieDeclaration['lifetime'] {
  if (expires === null) return { en: 'session', cs: 'relace' };
  return Math.max(0, Math.ceil((expires * 1000 - now) / 86_400_000));
}

const allRecords = (scans: readonly PageScan[]): PhaseRecords[] =>
  scans.flatMap((s) => Object.values(s.records) as PhaseRecords[]);

export function draftConfig(
  findings: Findings,
  scans: readonly PageScan[],
  entries: readonly CatalogueEntry[],
  now = Date.now(),
): KeksConfig {
  const siteKeks = scans.find((s) => s.keks)?.keks;
  const categories: Record<string, CategoryConfig> = {};
  for (const [id, c] of Object.entries(siteKeks?.categories ?? DEFAULT_CATEGORIES)) {
    const { necessary, title, description } = c;
    categories[id] = {
      ...(necessary ? { necessary } : {}),
      ...(title ? { title } : {}),
      ...(description ? { description } : {}),
    };
  }
  // A draft built for a page without Keks still needs the categories the catalogue suggests.
  for (const id of Object.keys(DEFAULT_CATEGORIES)) categories[id] ??= { ...DEFAULT_CATEGORIES[id] };
  const necessaryCategory = Object.keys(categories).find((id) => categories[id].necessary) ?? 'necessary';
  const services: Record<string, ServiceConfig> = {};
  const taken = (id: string): boolean => id in services || id in categories;
  const cookies = allRecords(scans).flatMap((r) => r.cookies);
  const observed = (s: ServiceFinding): CookieDeclaration[] =>
    s.evidence.cookies.map((c) => {
      const seen = cookies.find((r) => r.name == c.name && r.domain == c.domain) as CookieRecord;
      return {
        name: c.name,
        lifetime: lifetimeOf(seen.expires, now),
        ...(c.party == 'third' ? { domain: c.domain.replace(/^\./, '') } : {}),
      };
    });
  const withObserved = (declared: CookieDeclaration[], s: ServiceFinding): CookieDeclaration[] => [
    ...declared,
    ...observed(s).filter((o) => !declared.some((d) => nameMatches(d.name, o.name))),
  ];
  const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

  for (const s of findings.services) {
    if (s.source == 'site-config') {
      const own = siteKeks && scans.flatMap((x) => x.keks?.services ?? []).find((x) => x.id == s.id);
      if (own) services[s.id] = own.config;
      continue;
    }
    const entry = s.source == 'catalogue' ? entries.find((e) => e.id == s.id) : undefined;
    const id = taken(s.id) ? serviceId(s.id, taken) : s.id;
    if (entry) {
      const declared = entry.cookies.map((c): CookieDeclaration =>
        typeof c == 'string'
          ? { name: c, lifetime: { en: `${REVIEW} see the provider's policy` } }
          : {
              // Only what a config's cookie declaration knows; `party` follows from `domain`.
              name: c.name,
              lifetime: c.lifetime ?? { en: `${REVIEW} see the provider's policy` },
              ...(c.purpose ? { purpose: c.purpose } : {}),
              ...(c.domain ? { domain: c.domain } : {}),
            },
      );
      services[id] = {
        category: categories[entry.category] ? entry.category : 'marketing',
        name: entry.name ?? entry.id,
        provider: entry.provider,
        purpose: entry.purpose ?? `${REVIEW} what ${entry.name ?? entry.id} does with visitors' data.`,
        country: entry.countries.length ? entry.countries : UNKNOWN_COUNTRY,
        privacyPolicy: entry.privacyPolicy ?? `https://${entry.hosts[0] ?? 'example.com'}/`,
        ...(entry.optOut ? { optOut: entry.optOut } : {}),
        cookies: withObserved(declared, s),
        storage: union(entry.storage ?? [], s.evidence.storage),
        hosts: union(
          entry.hosts,
          s.evidence.hosts.filter((h) => !entry.hosts.some((p) => h == p || h.endsWith('.' + p))),
        ),
      };
    } else {
      // Known only to the Open Cookie Database: its platform, category and controller, nothing else.
      const category =
        s.category == 'necessary' ? necessaryCategory : categories[s.category] ? s.category : 'marketing';
      const domain = s.evidence.cookies.find((c) => c.party == 'third')?.domain.replace(/^\./, '');
      services[id] = {
        category,
        name: s.name,
        provider: s.provider,
        purpose: `${REVIEW} what ${s.name} does with visitors' data (${s.evidence.cookies[0]?.fact ?? 'Open Cookie Database'}).`,
        country: UNKNOWN_COUNTRY,
        privacyPolicy: s.privacyPolicy ?? `https://${domain ?? siteOf(s.evidence.hosts[0] ?? 'example.com')}/`,
        cookies: observed(s),
        storage: s.evidence.storage,
        ...(s.evidence.hosts.length ? { hosts: s.evidence.hosts } : {}),
      };
    }
  }

  // Third parties nobody could identify: one service per site (registrable domain), held as marketing.
  const unknownSites = new Map<string, { hosts: string[]; cookies: CookieDeclaration[] }>();
  for (const u of findings.unknown) {
    if (u.party != 'third' || u.kind == 'storage') continue;
    const site = siteOf(u.kind == 'host' ? u.name : (u.domain ?? u.name));
    const group = unknownSites.get(site) ?? { hosts: [], cookies: [] };
    unknownSites.set(site, group);
    if (u.kind == 'host') group.hosts.push(u.name);
    else {
      const seen = cookies.find((c) => c.name == u.name && c.domain == u.domain);
      group.cookies.push({ name: u.name, lifetime: lifetimeOf(seen?.expires ?? null, now), domain: site });
    }
  }
  for (const [site, group] of unknownSites) {
    const id = serviceId(site, taken);
    services[id] = {
      category: 'marketing',
      name: site,
      provider: `${REVIEW} the company behind ${site}`,
      purpose: `${REVIEW} what ${site} does with visitors' data (seen on ${group.hosts.join(', ') || site}).`,
      country: UNKNOWN_COUNTRY,
      privacyPolicy: `https://${site}/`,
      ...(group.cookies.length ? { cookies: group.cookies } : {}),
      hosts: [site],
    };
  }
  return { categories, services };
}

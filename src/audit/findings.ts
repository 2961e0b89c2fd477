/**
 * The dev-mode audit's logic, free of the DOM so it can be tested on plain data: what a page holds and
 * requested, compared with what the config declares, the catalogue and the Open Cookie Database.
 */
import type { ResolvedConfig } from '../config.js';
import { matchCookie } from '../data/match-cookie.js';
import { CATALOGUE } from '../services/all.js';
import type { CatalogueEntry } from '../services/types.js';

export interface PageSnapshot {
  cookies: string[];
  localStorage: string[];
  sessionStorage: string[];
  /** URLs of every resource the page fetched (PerformanceResourceTiming). */
  requests: string[];
  /** Categories and services granted now. */
  granted: string[];
  grantedServices: string[];
}

export interface Findings {
  /** Cookies and storage keys no configured service declares, each with a suggestion. */
  undeclared: { name: string; kind: 'cookie' | 'localStorage' | 'sessionStorage'; suggestion: string }[];
  /** Hosts a catalogue entry knows but no configured service covers. */
  unconfigured: { host: string; url: string; suggestion: string }[];
  /** Something of a denied category or service ran or was requested anyway. */
  leaks: { service: string; category: string; what: string }[];
  /** Configured services with hosts or cookies of which nothing was seen on this page (informational). */
  unseen: string[];
}

const matches = (pattern: string, name: string): boolean => {
  if (pattern[0] != '^') return pattern == name;
  try {
    return new RegExp(pattern).test(name);
  } catch {
    return false;
  }
};
const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};
const covers = (pattern: string, host: string): boolean => {
  const p = pattern.toLowerCase().replace(/^\*?\./, '');
  return host == p || host.endsWith('.' + p);
};

/** The catalogue entry that declares this cookie or storage key, if any. */
function entryForName(name: string, kind: 'cookie' | 'storage'): CatalogueEntry | undefined {
  return CATALOGUE.find((e) =>
    kind == 'cookie' ? e.cookies.some((c) => matches(c.name, name)) : e.storage.some((s) => matches(s.name, name)),
  );
}

function suggestion(name: string, kind: 'cookie' | 'storage'): string {
  const e = entryForName(name, kind);
  if (e) return `${e.name}, ${e.provider}; declare it or add from: "${e.id}"`;
  const row = matchCookie(name);
  if (row)
    return `${row.platform}, ${row.controller} (Open Cookie Database: ${row.category}, ${row.retention || 'retention unknown'}); declare it in the service that sets it`;
  return 'unknown; declare it in the service that sets it, or stop setting it';
}

/** Compares a page snapshot with the config (Keks' own consent cookie and `keks*` storage keys count as declared). */
export function auditFindings(config: ResolvedConfig, page: PageSnapshot): Findings {
  const services = Object.entries(config.services);
  const declaredCookie = (n: string) =>
    n == config.cookie.name || services.some(([, s]) => (s.cookies ?? []).some((c) => matches(c.name, n)));
  const declaredStorage = (n: string) =>
    n.startsWith('keks') || services.some(([, s]) => (s.storage ?? []).some((p) => matches(p, n)));
  // The store lists every granted service (a granted category grants its services unless excepted).
  const serviceGranted = (id: string, category: string) =>
    !!config.categories[category]?.necessary || page.grantedServices.includes(id);

  const f: Findings = { undeclared: [], unconfigured: [], leaks: [], unseen: [] };
  for (const n of page.cookies)
    if (!declaredCookie(n)) f.undeclared.push({ name: n, kind: 'cookie', suggestion: suggestion(n, 'cookie') });
  for (const [kind, list] of [
    ['localStorage', page.localStorage],
    ['sessionStorage', page.sessionStorage],
  ] as const)
    for (const n of list)
      if (!declaredStorage(n)) f.undeclared.push({ name: n, kind, suggestion: suggestion(n, 'storage') });

  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const url of page.requests) {
    const host = hostOf(url);
    if (!host) continue;
    const own = services.find(([, s]) => (s.hosts ?? []).some((h) => covers(h, host)));
    if (own) {
      const [id, s] = own;
      seen.add(id);
      if (!serviceGranted(id, s.category)) f.leaks.push({ service: id, category: s.category, what: `request ${url}` });
      continue;
    }
    const e = CATALOGUE.find((x) => x.hosts.some((h) => covers(h, host)));
    if (e && !reported.has(host)) {
      reported.add(host);
      f.unconfigured.push({
        host,
        url,
        suggestion: `${e.name} (${e.provider}); add services: { ${e.id.replace(/-/g, '_')}: { from: "${e.id}" } }`,
      });
    }
  }
  for (const [id, s] of services) {
    const present = page.cookies.filter((n) => (s.cookies ?? []).some((c) => matches(c.name, n)));
    if (present.length) seen.add(id);
    if (present.length && !serviceGranted(id, s.category))
      f.leaks.push({ service: id, category: s.category, what: `cookie ${present.join(', ')}` });
    if (!seen.has(id) && ((s.hosts ?? []).length || (s.cookies ?? []).length)) f.unseen.push(id);
  }
  return f;
}

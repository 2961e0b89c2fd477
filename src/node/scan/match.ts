/**
 * Matching what a scan saw (hosts, cookie names, storage keys) to known services. Two sources, behind one
 * small interface so either can be swapped: catalogue entries (services with hosts, cookies, storage keys)
 * and a cookie lookup (the Open Cookie Database: cookie name → platform, category, controller).
 */
import type { LocalizedText } from '../../config.js';

/** A cookie a catalogue entry declares: a name, or a `^regex` pattern as in a Keks config. */
export interface CatalogueCookie {
  name: string;
  lifetime?: LocalizedText | number;
  purpose?: LocalizedText;
  /** The provider's domain, for a third-party cookie. */
  domain?: string;
  /** Set on the site's own domain (`first`, the default) or the provider's (`third`). */
  party?: 'first' | 'third';
}

/** One service of the catalogue, as the scanner needs it. */
export interface CatalogueEntry {
  id: string;
  name?: string;
  provider: string;
  /** Suggested Keks category: necessary, preferences, analytics, marketing. */
  category: string;
  /** ISO 3166-1 alpha-2 codes of the countries that receive the data. */
  countries: string[];
  /** Hosts; each covers its subdomains. */
  hosts: string[];
  cookies: (string | CatalogueCookie)[];
  storage?: string[];
  purpose?: LocalizedText;
  privacyPolicy?: string;
  optOut?: string;
}

/** What the Open Cookie Database knows about a cookie or storage key. */
export interface CookieFact {
  /** The name as listed (a prefix when `wildcard`). */
  name: string;
  platform: string;
  /** Functional, Analytics, Marketing, Security or Personalization. */
  category: string;
  controller?: string;
  retention?: string;
  privacyUrl?: string;
  wildcard: boolean;
}

/** Cookie or storage-key name → what is known about it; undefined when nothing is. */
export type CookieLookup = (name: string) => CookieFact | undefined;

export interface NameMatch {
  entry?: CatalogueEntry;
  fact?: CookieFact;
}

export interface Matcher {
  /** The catalogue entry whose hosts cover `host` (the most specific one). */
  host(host: string): CatalogueEntry | undefined;
  /** A cookie, by name; a third-party cookie also by its domain. */
  cookie(name: string, domain?: string): NameMatch;
  /** A localStorage / sessionStorage key. */
  storage(key: string): NameMatch;
}

/** `name` matches a declared name: equal, or a `^regex` that matches. */
export function nameMatches(declared: string, name: string): boolean {
  if (declared[0] != '^') return declared == name;
  try {
    return new RegExp(declared).test(name);
  } catch {
    return false;
  }
}

/** `host` is `pattern` or one of its subdomains (`google-analytics.com` covers `www.google-analytics.com`). */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/^\*?\./, '');
  const h = host.toLowerCase().replace(/^\./, '');
  return h == p || h.endsWith('.' + p);
}

/** The Open Cookie Database's category → the Keks category a draft gives such a cookie. */
export function categoryOfFact(fact: CookieFact): string {
  const c = fact.category.toLowerCase();
  if (c.startsWith('analytic')) return 'analytics';
  if (c.startsWith('marketing') || c.startsWith('advertis')) return 'marketing';
  if (c.startsWith('personali') || c.startsWith('preference')) return 'preferences';
  // Functional and Security: what makes the site work (sessions, load balancing, bot protection).
  return 'necessary';
}

const firstPartyCookies = (e: CatalogueEntry): number =>
  e.cookies.filter((c) => typeof c == 'string' || c.party != 'third').length;

export function createMatcher(entries: readonly CatalogueEntry[], lookup: CookieLookup): Matcher {
  const host = (h: string): CatalogueEntry | undefined => {
    let best: CatalogueEntry | undefined;
    let bestLength = -1;
    for (const entry of entries)
      for (const pattern of entry.hosts)
        if (
          hostMatches(pattern, h) &&
          (pattern.length > bestLength ||
            // Two entries claim the same host (a pixel and the same company's social plugins): the one that sets
            // more cookies on the site itself is what a page embeds as a tag, and the draft then declares them.
            (pattern.length == bestLength && firstPartyCookies(entry) > firstPartyCookies(best!)))
        ) {
          best = entry;
          bestLength = pattern.length;
        }
    return best;
  };
  const byName = (name: string, pick: (e: CatalogueEntry) => readonly string[]): CatalogueEntry | undefined =>
    // Exact names win over patterns, so `_ga` is not claimed by a looser `^_g` elsewhere.
    entries.find((e) => pick(e).includes(name)) ?? entries.find((e) => pick(e).some((d) => nameMatches(d, name)));
  const cookieNames = (e: CatalogueEntry): string[] => e.cookies.map((c) => (typeof c == 'string' ? c : c.name));
  return {
    host,
    cookie(name, domain) {
      const entry = byName(name, cookieNames) ?? (domain ? host(domain) : undefined);
      return { entry, fact: lookup(name) };
    },
    storage(key) {
      return { entry: byName(key, (e) => e.storage ?? []), fact: lookup(key) };
    },
  };
}

/**
 * A lookup over a list of facts: exact names first, then the longest wildcard prefix
 * (the Open Cookie Database marks names such as `_ga_` as prefixes of `_ga_ABC123`).
 */
export function createCookieLookup(facts: readonly CookieFact[]): CookieLookup {
  const exact = new Map<string, CookieFact>();
  const prefixes: CookieFact[] = [];
  for (const fact of facts) {
    if (!exact.has(fact.name)) exact.set(fact.name, fact);
    if (fact.wildcard) prefixes.push(fact);
  }
  prefixes.sort((a, b) => b.name.length - a.name.length);
  return (name) => exact.get(name) ?? prefixes.find((f) => name.startsWith(f.name));
}

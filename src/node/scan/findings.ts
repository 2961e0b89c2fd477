/**
 * From records to findings: who each request, cookie and storage key belongs to (the page's own Keks config
 * first, then the catalogue, then the Open Cookie Database), which of them leaked, and what nobody knows.
 *
 * A leak is something non-essential requested, set or stored before a decision or after "Reject all"
 * (ePrivacy Directive Art. 5(3): storing or reading on the visitor's device needs consent unless strictly
 * necessary for the service the visitor asked for). Failing closed, a third party nobody can identify counts as
 * non-essential until the site declares it as a necessary service; an unknown first-party cookie or storage
 * key is listed for review instead (it is most often the site's own session or cart).
 */
import type { CatalogueEntry, CookieFact, Matcher } from './match.js';
import { categoryOfFact, hostMatches, nameMatches } from './match.js';
import { hostOf } from './site.js';
import type { PageScan, SiteKeks, SiteService } from './phases.js';
import type { Leak, MatchSource, Party, Phase, PhaseRecords, ServiceFinding, UnknownItem } from './report-types.js';

/** Who something belongs to. */
export interface Attribution {
  /** Service id: the site's, the catalogue's, or `ocd-<platform>` for an Open Cookie Database platform. */
  key: string;
  source: Exclude<MatchSource, 'unknown'>;
  category: string;
  necessary: boolean;
  entry?: CatalogueEntry;
  fact?: CookieFact;
  site?: SiteService;
}

export interface Findings {
  services: ServiceFinding[];
  unknown: UnknownItem[];
  leaks: Leak[];
}

const slug = (text: string): string =>
  'ocd-' +
  (text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'unknown');

/** A site service that the catalogue knows as a tracker is not necessary, whatever the config says. */
const siteAttribution = (site: SiteService, entry: CatalogueEntry | undefined): Attribution => ({
  key: site.id,
  source: 'site-config',
  category: site.config.category,
  necessary: site.necessary && (!entry || entry.category == 'necessary'),
  entry,
  site,
});

const fromEntry = (entry: CatalogueEntry): Attribution => ({
  key: entry.id,
  source: 'catalogue',
  category: entry.category,
  necessary: entry.category == 'necessary',
  entry,
});

export function attributeHost(host: string, keks: SiteKeks | undefined, matcher: Matcher): Attribution | undefined {
  const entry = matcher.host(host);
  const site = keks?.services.find((s) => (s.config.hosts ?? []).some((h) => hostMatches(h, host)));
  if (site) return siteAttribution(site, entry);
  return entry && fromEntry(entry);
}

export function attributeName(
  kind: 'cookie' | 'storage',
  name: string,
  domain: string | undefined,
  party: Party,
  keks: SiteKeks | undefined,
  matcher: Matcher,
): Attribution | undefined {
  const found = kind == 'cookie' ? matcher.cookie(name, party == 'third' ? domain : undefined) : matcher.storage(name);
  const declared = (s: SiteService): boolean =>
    kind == 'cookie'
      ? (s.config.cookies ?? []).some((c) => nameMatches(c.name, name)) ||
        (party == 'third' && !!domain && (s.config.hosts ?? []).some((h) => hostMatches(h, domain)))
      : (s.config.storage ?? []).some((k) => nameMatches(k, name));
  const site = keks?.services.find(declared);
  if (site) return { ...siteAttribution(site, found.entry), fact: found.fact };
  if (found.entry) return { ...fromEntry(found.entry), fact: found.fact };
  if (found.fact) {
    const category = categoryOfFact(found.fact);
    return {
      key: slug(found.fact.platform),
      source: 'open-cookie-database',
      category,
      // A third-party cookie is never the site's own session: only first-party ones can be necessary here.
      necessary: category == 'necessary' && party == 'first',
      fact: found.fact,
    };
  }
  return undefined;
}

const push = <T>(list: T[], value: T, max = Infinity): void => {
  if (!list.includes(value) && list.length < max) list.push(value);
};

export function analyse(scans: readonly PageScan[], matcher: Matcher): Findings {
  const services = new Map<string, ServiceFinding>();
  const unknown = new Map<string, UnknownItem>();
  const leaks: Leak[] = [];
  const leakSeen = new Set<string>();

  const service = (who: Attribution): ServiceFinding => {
    let found = services.get(who.key);
    if (!found) {
      const cfg = who.site?.config;
      const country = cfg?.country ?? who.entry?.countries ?? [];
      found = {
        id: who.key,
        name: cfg?.name ?? who.entry?.name ?? who.fact?.platform ?? who.key,
        provider: cfg?.provider ?? who.entry?.provider ?? who.fact?.controller ?? who.fact?.platform ?? who.key,
        category: who.category,
        countries: typeof country == 'string' ? [country] : [...country],
        source: who.source,
        catalogueId: who.entry?.id,
        privacyPolicy: cfg?.privacyPolicy ?? who.entry?.privacyPolicy ?? who.fact?.privacyUrl,
        evidence: { hosts: [], requests: [], cookies: [], storage: [], pages: [], phases: [] },
      };
      services.set(who.key, found);
    }
    return found;
  };
  const note = (
    kind: UnknownItem['kind'],
    name: string,
    party: Party,
    page: string,
    phase: Phase,
    extra: { example?: string; domain?: string } = {},
  ): void => {
    const id = `${kind} ${name} ${extra.domain ?? ''}`;
    let item = unknown.get(id);
    if (!item) unknown.set(id, (item = { kind, name, party, pages: [], phases: [], ...extra }));
    push(item.pages, page);
    push(item.phases, phase);
  };
  const leak = (l: Leak): void => {
    const id = [l.phase, l.page, l.kind, l.url, l.name].join(' ');
    if (!leakSeen.has(id)) {
      leakSeen.add(id);
      leaks.push(l);
    }
  };
  const when = (phase: Phase): string => (phase == 'before' ? 'before any decision' : 'after "Reject all"');

  for (const scan of scans) {
    const keks = scan.keks;
    for (const [phase, records] of Object.entries(scan.records) as [Phase, PhaseRecords][]) {
      const guarded = phase != 'accept';
      for (const r of records.requests) {
        if (keks?.assetBase && r.url.startsWith(keks.assetBase)) continue;
        const who = attributeHost(r.host, keks, matcher);
        if (who) {
          const s = service(who);
          push(s.evidence.hosts, r.host);
          push(s.evidence.requests, r.url, 5);
          push(s.evidence.pages, r.page);
          push(s.evidence.phases, phase);
        } else if (r.party == 'third') note('host', r.host, 'third', r.page, phase, { example: r.url });
        if (guarded && r.party == 'third' && !who?.necessary)
          leak({
            phase,
            page: r.page,
            url: r.url,
            host: r.host,
            kind: 'request',
            service: who?.key,
            category: who?.category,
            reason: who
              ? `${r.resourceType} request to ${who.key} (${who.category}) ${when(phase)}`
              : `${r.resourceType} request to an unidentified third party ${when(phase)}`,
          });
      }
      for (const c of records.cookies) {
        if (keks && c.name == keks.cookieName) continue;
        const who = attributeName('cookie', c.name, c.domain, c.party, keks, matcher);
        if (who) {
          const s = service(who);
          if (!s.evidence.cookies.some((x) => x.name == c.name && x.domain == c.domain))
            s.evidence.cookies.push({
              name: c.name,
              domain: c.domain,
              party: c.party,
              expires: c.expires,
              fact: who.fact && `${who.fact.platform}: ${who.fact.category}`,
            });
          push(s.evidence.pages, c.page);
          push(s.evidence.phases, phase);
        } else note('cookie', c.name, c.party, c.page, phase, { domain: c.domain });
        if (guarded && (who ? !who.necessary : c.party == 'third'))
          leak({
            phase,
            page: c.page,
            url: c.page,
            host: c.domain.replace(/^\./, ''),
            kind: 'cookie',
            name: c.name,
            service: who?.key,
            category: who?.category,
            reason: who
              ? `cookie ${c.name} of ${who.key} (${who.category}) set ${when(phase)}`
              : `third-party cookie ${c.name} set ${when(phase)}`,
          });
      }
      for (const k of records.storage) {
        const who = attributeName('storage', k.key, undefined, k.party, keks, matcher);
        if (who) {
          const s = service(who);
          push(s.evidence.storage, k.key);
          push(s.evidence.pages, k.page);
          push(s.evidence.phases, phase);
        } else note('storage', k.key, k.party, k.page, phase);
        if (guarded && (who ? !who.necessary : k.party == 'third'))
          leak({
            phase,
            page: k.page,
            url: k.page,
            host: hostOf(k.origin) || undefined,
            kind: 'storage',
            name: k.key,
            service: who?.key,
            category: who?.category,
            reason: who
              ? `${k.area} key ${k.key} of ${who.key} (${who.category}) written ${when(phase)}`
              : `${k.area} key ${k.key} of a third-party frame written ${when(phase)}`,
          });
      }
    }
  }
  return { services: [...services.values()], unknown: [...unknown.values()], leaks };
}

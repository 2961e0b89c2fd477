/** Small, hand-made scan data for the scanner's unit tests. */
import type { CatalogueEntry, CookieFact } from '../../../src/node/scan/match';
import { createCookieLookup, createMatcher } from '../../../src/node/scan/match';
import type { PageScan, SiteKeks } from '../../../src/node/scan/phases';
import type {
  CookieRecord,
  Phase,
  PhaseRecords,
  RequestRecord,
  StorageRecord,
} from '../../../src/node/scan/report-types';

export const PAGE = 'https://www.shop.example/';

export const ENTRIES: CatalogueEntry[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    provider: 'Google Ireland Limited',
    category: 'analytics',
    countries: ['IE', 'US'],
    hosts: ['google-analytics.com', 'googletagmanager.com'],
    cookies: [{ name: '_ga', lifetime: 730 }, '^_ga_'],
    purpose: 'Measures visits.',
    privacyPolicy: 'https://policies.google.com/privacy',
  },
  {
    id: 'google-ads',
    provider: 'Google Ireland Limited',
    category: 'marketing',
    countries: ['US'],
    // More specific than googletagmanager.com above: must win for this host.
    hosts: ['ads.googletagmanager.com', 'doubleclick.net'],
    cookies: ['IDE', '^_g'],
  },
  {
    id: 'hotjar',
    provider: 'Hotjar Ltd',
    category: 'analytics',
    countries: ['MT'],
    hosts: ['hotjar.com'],
    cookies: [{ name: '^_hjSessionUser_', lifetime: 365 }],
    storage: ['_hjid'],
  },
  {
    id: 'cloudflare-bot',
    provider: 'Cloudflare, Inc.',
    category: 'necessary',
    countries: ['US'],
    hosts: ['challenges.cloudflare.com'],
    cookies: ['__cf_bm'],
  },
];

export const FACTS: CookieFact[] = [
  { name: '_ga', platform: 'Google Analytics', category: 'Analytics', wildcard: false },
  { name: 'PHPSESSID', platform: 'PHP.net', category: 'Functional', wildcard: false },
  { name: 'YSC', platform: 'Youtube', category: 'Functional', controller: 'Google', wildcard: false },
  { name: '_pk_id', platform: 'Matomo', category: 'Analytics', controller: 'Matomo', wildcard: true },
  { name: '_pk_', platform: 'Matomo (short)', category: 'Analytics', wildcard: true },
];

export const matcher = createMatcher(ENTRIES, createCookieLookup(FACTS));

export const request = (phase: Phase, url: string, party: 'first' | 'third' = 'third'): RequestRecord => ({
  phase,
  page: PAGE,
  url,
  host: new URL(url).hostname,
  party,
  method: 'GET',
  resourceType: 'script',
});

export const cookie = (
  phase: Phase,
  name: string,
  domain = 'www.shop.example',
  party: 'first' | 'third' = 'first',
  expires: number | null = Math.round(Date.now() / 1000) + 86_400 * 30,
): CookieRecord => ({
  phase,
  page: PAGE,
  name,
  domain,
  path: '/',
  expires,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  party,
});

export const storage = (phase: Phase, key: string): StorageRecord => ({
  phase,
  page: PAGE,
  area: 'localStorage',
  origin: 'https://www.shop.example',
  key,
  party: 'first',
});

export const records = (r: Partial<PhaseRecords>): PhaseRecords => ({
  requests: [],
  cookies: [],
  storage: [],
  frames: [],
  ...r,
});

/** A page scan as `phases.ts` returns it. */
export const scanOf = (byPhase: Partial<Record<Phase, PhaseRecords>>, keks?: SiteKeks): PageScan => ({
  report: {
    url: PAGE,
    finalUrl: PAGE,
    status: 'ok',
    keks: !!keks,
    phases: Object.keys(byPhase) as Phase[],
    messages: [],
  },
  records: byPhase,
  links: [],
  keks,
});

/** Keks on the page with Google Analytics declared, and a "session" service wrongly marked necessary. */
export const SITE_KEKS: SiteKeks = {
  cookieName: 'keks',
  assetBase: 'https://cdn.keks.example/dist/',
  categories: { necessary: { necessary: true }, analytics: {}, marketing: {} },
  services: [
    {
      id: 'ga',
      necessary: false,
      config: {
        category: 'analytics',
        provider: 'Google Ireland Limited',
        purpose: 'Visits.',
        country: 'IE',
        privacyPolicy: 'https://policies.google.com/privacy',
        cookies: [{ name: '^_ga', lifetime: 730 }],
        hosts: ['googletagmanager.com'],
      },
    },
    {
      id: 'session',
      necessary: true,
      config: {
        category: 'necessary',
        provider: 'The shop',
        purpose: 'Keeps the cart.',
        country: 'CZ',
        privacyPolicy: '/privacy',
        cookies: [{ name: 'cart', lifetime: 1 }],
        hosts: ['cdn.shop-assets.example'],
      },
    },
    {
      id: 'heatmap',
      necessary: true,
      config: {
        category: 'necessary',
        provider: 'Hotjar Ltd',
        purpose: 'Not really necessary.',
        country: 'MT',
        privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
        hosts: ['hotjar.com'],
      },
    },
  ],
};

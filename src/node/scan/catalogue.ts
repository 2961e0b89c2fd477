/**
 * Where the scanner's knowledge comes from: catalogue entries and the cookie lookup that `match.ts` takes.
 * A small built-in table until the package's service catalogue and Open Cookie Database extract are wired in.
 */
import { createCookieLookup, type CatalogueEntry, type CookieFact, type CookieLookup } from './match.js';

const GOOGLE_POLICY = 'https://policies.google.com/privacy';

const ENTRIES: CatalogueEntry[] = [
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    provider: 'Google Ireland Limited',
    category: 'analytics',
    countries: ['IE', 'US'],
    hosts: ['google-analytics.com', 'googletagmanager.com', 'analytics.google.com'],
    cookies: [
      { name: '_ga', lifetime: { en: '2 years', cs: '2 roky' } },
      { name: '^_ga_', lifetime: { en: '2 years', cs: '2 roky' } },
      { name: '_gid', lifetime: { en: '1 day', cs: '1 den' } },
      { name: '^_gat', lifetime: { en: '1 minute', cs: '1 minuta' } },
    ],
    purpose: { en: 'Measures how visitors use the site.', cs: 'Měří, jak návštěvníci web používají.' },
    privacyPolicy: GOOGLE_POLICY,
    optOut: 'https://tools.google.com/dlpage/gaoptout',
  },
  {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Limited',
    category: 'marketing',
    countries: ['IE', 'US'],
    hosts: ['connect.facebook.net', 'facebook.com', 'facebook.net'],
    cookies: [
      { name: '_fbp', lifetime: { en: '3 months', cs: '3 měsíce' } },
      { name: '_fbc', lifetime: { en: '3 months', cs: '3 měsíce' } },
    ],
    purpose: {
      en: 'Measures ads on Facebook and Instagram and shows them to visitors of this site.',
      cs: 'Měří reklamy na Facebooku a Instagramu a cílí je na návštěvníky tohoto webu.',
    },
    privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    provider: 'Hotjar Ltd',
    category: 'analytics',
    countries: ['MT', 'US'],
    hosts: ['hotjar.com', 'hotjar.io'],
    cookies: [
      { name: '^_hjSessionUser_', lifetime: { en: '1 year', cs: '1 rok' } },
      { name: '^_hjSession_', lifetime: { en: '30 minutes', cs: '30 minut' } },
    ],
    storage: ['_hjid', '^_hjSessionStorageTest'],
    purpose: {
      en: 'Records how visitors move through pages (heatmaps, recordings).',
      cs: 'Zaznamenává pohyb návštěvníků po stránkách.',
    },
    privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
  },
  {
    id: 'youtube',
    name: 'YouTube',
    provider: 'Google Ireland Limited',
    category: 'marketing',
    countries: ['IE', 'US'],
    hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
    cookies: [
      {
        name: 'VISITOR_INFO1_LIVE',
        lifetime: { en: '6 months', cs: '6 měsíců' },
        purpose: { en: 'Video preferences and ads.' },
      },
      { name: 'YSC', lifetime: { en: 'session', cs: 'relace' } },
    ],
    purpose: { en: 'Plays embedded videos.', cs: 'Přehrává vložená videa.' },
    privacyPolicy: GOOGLE_POLICY,
  },
  {
    id: 'tiktok-pixel',
    name: 'TikTok Pixel',
    provider: 'TikTok Technology Limited',
    category: 'marketing',
    countries: ['IE', 'SG', 'US', 'CN'],
    hosts: ['analytics.tiktok.com', 'tiktok.com'],
    cookies: [{ name: '_ttp', lifetime: { en: '13 months', cs: '13 měsíců' } }],
    purpose: { en: 'Measures and targets TikTok ads.', cs: 'Měří a cílí reklamy na TikToku.' },
    privacyPolicy: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  },
  {
    id: 'yandex-metrica',
    name: 'Yandex Metrica',
    provider: 'Yandex LLC',
    category: 'analytics',
    countries: ['RU'],
    hosts: ['mc.yandex.ru', 'mc.yandex.com', 'metrika.yandex.ru'],
    cookies: [
      { name: '_ym_uid', lifetime: { en: '1 year', cs: '1 rok' } },
      { name: '^_ym_', lifetime: { en: '1 year', cs: '1 rok' } },
    ],
    purpose: { en: 'Measures how visitors use the site.', cs: 'Měří, jak návštěvníci web používají.' },
    privacyPolicy: 'https://yandex.com/legal/confidential/',
  },
  {
    id: 'baidu-tongji',
    name: 'Baidu Tongji',
    provider: 'Beijing Baidu Netcom Science and Technology Co., Ltd.',
    category: 'analytics',
    countries: ['CN'],
    hosts: ['hm.baidu.com'],
    cookies: [
      { name: '^Hm_lvt_', lifetime: { en: '1 year', cs: '1 rok' } },
      { name: '^Hm_lpvt_', lifetime: { en: 'session', cs: 'relace' } },
    ],
    purpose: { en: 'Measures how visitors use the site.', cs: 'Měří, jak návštěvníci web používají.' },
    privacyPolicy: 'https://www.baidu.com/duty/yinsiquan.html',
  },
  {
    id: 'microsoft-clarity',
    name: 'Microsoft Clarity',
    provider: 'Microsoft Ireland Operations Limited',
    category: 'analytics',
    countries: ['IE', 'US'],
    hosts: ['clarity.ms'],
    cookies: [
      { name: '_clck', lifetime: { en: '1 year', cs: '1 rok' } },
      { name: '_clsk', lifetime: { en: '1 day', cs: '1 den' } },
    ],
    purpose: {
      en: 'Records how visitors move through pages (heatmaps, recordings).',
      cs: 'Zaznamenává pohyb návštěvníků po stránkách.',
    },
    privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  },
];

/** A few Open Cookie Database rows (Apache-2.0, github.com/jkwakman/Open-Cookie-Database). */
const FACTS: CookieFact[] = [
  {
    name: '_ga',
    platform: 'Google Analytics',
    category: 'Analytics',
    controller: 'Google',
    retention: '2 years',
    wildcard: false,
  },
  {
    name: '_gid',
    platform: 'Google Analytics',
    category: 'Analytics',
    controller: 'Google',
    retention: '24 hours',
    wildcard: false,
  },
  {
    name: '_gcl_au',
    platform: 'Google',
    category: 'Marketing',
    controller: 'Google',
    retention: '3 months',
    wildcard: false,
  },
  {
    name: '_fbp',
    platform: 'Facebook',
    category: 'Marketing',
    controller: 'Facebook',
    retention: '4 months',
    wildcard: false,
  },
  {
    name: '_hjid',
    platform: 'Hotjar',
    category: 'Analytics',
    controller: 'Hotjar',
    retention: '1 year',
    wildcard: false,
  },
  {
    name: '_ttp',
    platform: 'TikTok',
    category: 'Marketing',
    controller: 'TikTok',
    retention: '389 days',
    wildcard: false,
  },
  {
    name: '_ym_uid',
    platform: 'Yandex.Metrica',
    category: 'Analytics',
    controller: 'Yandex',
    retention: '1 year',
    wildcard: false,
  },
  { name: 'PHPSESSID', platform: 'PHP.net', category: 'Functional', retention: 'session', wildcard: false },
  { name: 'JSESSIONID', platform: 'J2EE', category: 'Functional', retention: 'session', wildcard: false },
  {
    name: '__cf_bm',
    platform: 'Cloudflare',
    category: 'Functional',
    controller: 'Cloudflare',
    retention: '30 minutes',
    wildcard: false,
  },
];

export interface Knowledge {
  entries: CatalogueEntry[];
  lookup: CookieLookup;
}

export async function loadKnowledge(): Promise<Knowledge> {
  return { entries: ENTRIES, lookup: createCookieLookup(FACTS) };
}

import type { CatalogueEntry } from '../types.js';

/** TikTok Pixel: TikTok Technology Limited. */
const entry: CatalogueEntry = {
  id: 'tiktok-pixel',
  name: 'TikTok Pixel',
  provider: 'TikTok Technology Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US', 'SG', 'MY', 'CN'],
  privacyPolicy: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na TikToku a vytváří publika pro další reklamy.',
    en: 'Measures results of TikTok ads and builds audiences for further ads.',
  },
  cookies: [
    {
      name: '_ttp',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: '_tt_enable_cookie',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Uchovává stav prvku mezi stránkami (otevřeno, zavřeno, naposledy zobrazeno).',
        en: "Keeps the widget's state between pages (open, closed, last shown).",
      },
    },
    {
      name: '^ttcsid',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [
    {
      name: '^tt_',
      kind: 'local',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  hosts: ['analytics.tiktok.com', 'tiktok.com', 'byteoversea.com', 'ttwstatic.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** YouTube: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'youtube',
  name: 'YouTube',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  optOut: 'https://myadcenter.google.com/',
  category: 'marketing',
  kind: 'video',
  purpose: {
    cs: 'Přehrává vložená videa; YouTube při tom sbírá údaje o sledování i pro reklamu.',
    en: 'Plays embedded videos; YouTube collects viewing data, also for advertising.',
  },
  cookies: [
    {
      name: 'VISITOR_INFO1_LIVE',
      lifetime: 'P6M',
      party: 'third',
      domain: 'youtube.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'YSC',
      lifetime: 'session',
      party: 'third',
      domain: 'youtube.com',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: 'PREF',
      lifetime: 'P8M',
      party: 'third',
      domain: 'youtube.com',
      purpose: {
        cs: 'Pamatuje si nastavení vloženého přehrávače nebo prvku.',
        en: 'Remembers the settings of the embedded player or widget.',
      },
    },
  ],
  storage: [
    {
      name: '^yt-',
      kind: 'local',
      purpose: {
        cs: 'Pamatuje si nastavení vloženého přehrávače nebo prvku.',
        en: 'Remembers the settings of the embedded player or widget.',
      },
    },
  ],
  hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'],
};

export default entry;

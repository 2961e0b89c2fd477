import type { CatalogueEntry } from '../types.js';

/** Google Marketing Platform (DoubleClick): Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-doubleclick',
  name: 'Google Marketing Platform (DoubleClick)',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  optOut: 'https://adssettings.google.com/',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Zobrazuje a měří reklamy a omezuje, kolikrát návštěvník uvidí tutéž reklamu.',
    en: 'Shows and measures ads and limits how often a visitor sees the same ad.',
  },
  cookies: [
    {
      name: 'IDE',
      lifetime: 'P13M',
      party: 'third',
      domain: 'doubleclick.net',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'test_cookie',
      lifetime: 'PT15M',
      party: 'third',
      domain: 'doubleclick.net',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['doubleclick.net', 'fls.doubleclick.net'],
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Google AdSense: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-adsense',
  name: 'Google AdSense',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  optOut: 'https://adssettings.google.com/',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Zobrazuje na webu reklamy a měří jejich výkon.',
    en: 'Shows ads on the site and measures their performance.',
  },
  cookies: [
    {
      name: '__gads',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: '__gpi',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['googlesyndication.com', 'adservice.google.com', 'pagead2.googlesyndication.com'],
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default entry;

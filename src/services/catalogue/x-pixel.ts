import type { CatalogueEntry } from '../types.js';

/** X (Twitter) Pixel: Twitter International Unlimited Company. */
const entry: CatalogueEntry = {
  id: 'x-pixel',
  name: 'X (Twitter) Pixel',
  provider: 'Twitter International Unlimited Company',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://x.com/en/privacy',
  optOut: 'https://x.com/settings/privacy_and_safety',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na síti X a vytváří publika pro další reklamy.',
    en: 'Measures results of ads on X and builds audiences for further ads.',
  },
  cookies: [
    {
      name: 'muc_ads',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'x.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'personalization_id',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'x.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'guest_id',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'x.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['static.ads-twitter.com', 'ads-twitter.com', 'analytics.twitter.com', 't.co'],
};

export default entry;

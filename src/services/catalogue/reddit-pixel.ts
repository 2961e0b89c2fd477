import type { CatalogueEntry } from '../types.js';

/** Reddit Pixel: Reddit, Inc.. */
const entry: CatalogueEntry = {
  id: 'reddit-pixel',
  name: 'Reddit Pixel',
  provider: 'Reddit, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.reddit.com/policies/privacy-policy',
  optOut: 'https://www.reddit.com/settings/privacy',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na Redditu a vytváří publika pro další reklamy.',
    en: 'Measures results of Reddit ads and builds audiences for further ads.',
  },
  cookies: [
    {
      name: '_rdt_uuid',
      lifetime: 'P90D',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['redditstatic.com', 'alb.reddit.com'],
};

export default entry;

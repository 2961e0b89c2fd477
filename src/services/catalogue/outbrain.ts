import type { CatalogueEntry } from '../types.js';

/** Outbrain: Outbrain Inc.. */
const entry: CatalogueEntry = {
  id: 'outbrain',
  name: 'Outbrain',
  provider: 'Outbrain Inc.',
  providerCountry: 'US',
  countries: ['US', 'IL'],
  privacyPolicy: 'https://www.outbrain.com/privacy/',
  optOut: 'https://my.outbrain.com/recommendations-settings/home',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Doporučuje placený i vlastní obsah a měří jeho výkon.',
    en: 'Recommends sponsored and own content and measures its performance.',
  },
  cookies: [
    {
      name: 'obuid',
      lifetime: 'P3M',
      party: 'third',
      domain: 'outbrain.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['outbrain.com', 'widgets.outbrain.com'],
};

export default entry;

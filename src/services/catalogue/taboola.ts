import type { CatalogueEntry } from '../types.js';

/** Taboola: Taboola Inc.. */
const entry: CatalogueEntry = {
  id: 'taboola',
  name: 'Taboola',
  provider: 'Taboola Inc.',
  providerCountry: 'US',
  countries: ['US', 'IL'],
  privacyPolicy: 'https://www.taboola.com/policies/privacy-policy',
  optOut: 'https://www.taboola.com/policies/privacy-policy#user-choices-and-optout',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Doporučuje placený i vlastní obsah a měří jeho výkon.',
    en: 'Recommends sponsored and own content and measures its performance.',
  },
  cookies: [
    {
      name: 't_gid',
      lifetime: 'P13M',
      party: 'third',
      domain: 'taboola.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'taboola_session_id',
      lifetime: 'session',
      party: 'third',
      domain: 'taboola.com',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['taboola.com', 'cdn.taboola.com', 'trc.taboola.com'],
};

export default entry;

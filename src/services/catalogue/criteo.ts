import type { CatalogueEntry } from '../types.js';

/** Criteo: Criteo SA. */
const entry: CatalogueEntry = {
  id: 'criteo',
  name: 'Criteo',
  provider: 'Criteo SA',
  providerCountry: 'FR',
  countries: ['FR', 'US'],
  privacyPolicy: 'https://www.criteo.com/privacy/',
  optOut: 'https://www.criteo.com/privacy/disable-criteo-services-on-internet-browsers/',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Zobrazuje návštěvníkům reklamy na zboží, které si na webu prohlíželi.',
    en: 'Shows visitors ads for products they looked at on the site.',
  },
  cookies: [
    {
      name: 'cto_bundle',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [
    {
      name: '^cto_',
      kind: 'local',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  hosts: ['criteo.com', 'criteo.net'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Optimizely: Optimizely, Inc.. */
const entry: CatalogueEntry = {
  id: 'optimizely',
  name: 'Optimizely',
  provider: 'Optimizely, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.optimizely.com/legal/privacy-notice/',
  optOut: 'https://www.optimizely.com/legal/opt-out/',
  category: 'analytics',
  kind: 'ab-testing',
  purpose: {
    cs: 'Zobrazuje návštěvníkům různé varianty stránky a měří, která funguje lépe.',
    en: 'Shows visitors different versions of a page and measures which works better.',
  },
  cookies: [
    {
      name: 'optimizelyEndUserId',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
  ],
  storage: [
    {
      name: '^optimizely',
      kind: 'local',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
  ],
  hosts: ['optimizely.com', 'cdn.optimizely.com', 'logx.optimizely.com'],
};

export default entry;

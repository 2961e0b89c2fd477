import type { CatalogueEntry } from '../types.js';

/** AB Tasty: AB Tasty SAS. */
const entry: CatalogueEntry = {
  id: 'ab-tasty',
  name: 'AB Tasty',
  provider: 'AB Tasty SAS',
  providerCountry: 'FR',
  countries: ['FR', 'IE'],
  privacyPolicy: 'https://www.abtasty.com/privacy-policy/',
  category: 'analytics',
  kind: 'ab-testing',
  purpose: {
    cs: 'Zobrazuje návštěvníkům různé varianty stránky a měří, která funguje lépe.',
    en: 'Shows visitors different versions of a page and measures which works better.',
  },
  cookies: [
    {
      name: 'ABTasty',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
    {
      name: 'ABTastySession',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['abtasty.com', 'try.abtasty.com'],
};

export default entry;

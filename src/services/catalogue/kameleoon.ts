import type { CatalogueEntry } from '../types.js';

/** Kameleoon: Kameleoon SAS. */
const entry: CatalogueEntry = {
  id: 'kameleoon',
  name: 'Kameleoon',
  provider: 'Kameleoon SAS',
  providerCountry: 'FR',
  countries: ['FR', 'DE'],
  privacyPolicy: 'https://www.kameleoon.com/en/privacy-policy',
  category: 'analytics',
  kind: 'ab-testing',
  purpose: {
    cs: 'Zobrazuje návštěvníkům různé varianty stránky a měří, která funguje lépe.',
    en: 'Shows visitors different versions of a page and measures which works better.',
  },
  cookies: [
    {
      name: 'kameleoonVisitorCode',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
  ],
  storage: [
    {
      name: '^kameleoon',
      kind: 'local',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
  ],
  hosts: ['kameleoon.eu', 'kameleoon.io', 'kameleoon.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** VWO: Wingify Software Pvt. Ltd.. */
const entry: CatalogueEntry = {
  id: 'vwo',
  name: 'VWO',
  provider: 'Wingify Software Pvt. Ltd.',
  providerCountry: 'IN',
  countries: ['IN', 'US', 'DE'],
  privacyPolicy: 'https://vwo.com/privacy-policy/',
  category: 'analytics',
  kind: 'ab-testing',
  purpose: {
    cs: 'Zobrazuje návštěvníkům různé varianty stránky a měří, která funguje lépe.',
    en: 'Shows visitors different versions of a page and measures which works better.',
  },
  cookies: [
    {
      name: '_vwo_uuid_v2',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
    {
      name: '_vwo_uuid',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
    {
      name: '^_vis_opt_exp_',
      lifetime: 'P100D',
      party: 'first',
      purpose: {
        cs: 'Přiřazuje návštěvníka ke stejné variantě testu při každé návštěvě.',
        en: 'Keeps the visitor in the same test variant on every visit.',
      },
    },
    {
      name: '_vwo_sn',
      lifetime: 'P1D',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['visualwebsiteoptimizer.com', 'wingify.com', 'vwo.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Mixpanel: Mixpanel, Inc.. */
const entry: CatalogueEntry = {
  id: 'mixpanel',
  name: 'Mixpanel',
  provider: 'Mixpanel, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://mixpanel.com/legal/privacy-policy/',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří, jak návštěvníci používají funkce webu (události a jejich pořadí).',
    en: "Measures how visitors use the site's features (events and their order).",
  },
  cookies: [
    {
      name: '^mp_',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [
    {
      name: '^mp_',
      kind: 'local',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  hosts: ['mixpanel.com', 'mxpnl.com'],
};

export default entry;

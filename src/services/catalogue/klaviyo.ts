import type { CatalogueEntry } from '../types.js';

/** Klaviyo: Klaviyo, Inc.. */
const entry: CatalogueEntry = {
  id: 'klaviyo',
  name: 'Klaviyo',
  provider: 'Klaviyo, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.klaviyo.com/legal/privacy-notice',
  category: 'marketing',
  kind: 'marketing-automation',
  purpose: {
    cs: 'Propojuje návštěvy s e-mailovým marketingem a měří jeho výsledky.',
    en: 'Links visits to email marketing and measures its results.',
  },
  cookies: [
    {
      name: '__kla_id',
      lifetime: 'P2Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['klaviyo.com', 'static.klaviyo.com'],
};

export default entry;

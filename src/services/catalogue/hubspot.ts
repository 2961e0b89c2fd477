import type { CatalogueEntry } from '../types.js';

/** HubSpot: HubSpot Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'hubspot',
  name: 'HubSpot',
  provider: 'HubSpot Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US', 'DE'],
  privacyPolicy: 'https://legal.hubspot.com/privacy-policy',
  category: 'marketing',
  kind: 'marketing-automation',
  purpose: {
    cs: 'Sleduje návštěvy kvůli marketingu a zobrazuje formuláře a chat HubSpot.',
    en: 'Tracks visits for marketing and shows HubSpot forms and chat.',
  },
  cookies: [
    {
      name: '__hstc',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'hubspotutk',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '__hssc',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '__hssrc',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['hs-scripts.com', 'hs-analytics.net', 'hubspot.com', 'hs-banner.com', 'hscollectedforms.net'],
};

export default entry;

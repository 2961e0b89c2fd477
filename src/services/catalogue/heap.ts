import type { CatalogueEntry } from '../types.js';

/** Heap: Heap Inc.. */
const entry: CatalogueEntry = {
  id: 'heap',
  name: 'Heap',
  provider: 'Heap Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.heap.io/privacy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Automaticky zaznamenává kliknutí a zobrazení pro analýzu chování.',
    en: 'Automatically records clicks and views to analyse behaviour.',
  },
  cookies: [
    {
      name: '^_hp2_id.',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^_hp2_ses_props.',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['heapanalytics.com', 'heap-api.com'],
};

export default entry;

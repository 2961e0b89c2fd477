import type { CatalogueEntry } from '../types.js';

/** Mouseflow: Mouseflow ApS. */
const entry: CatalogueEntry = {
  id: 'mouseflow',
  name: 'Mouseflow',
  provider: 'Mouseflow ApS',
  providerCountry: 'DK',
  countries: ['DK', 'DE'],
  privacyPolicy: 'https://mouseflow.com/legal/company/privacy-policy/',
  optOut: 'https://mouseflow.com/opt-out/',
  category: 'analytics',
  kind: 'session-replay',
  purpose: { cs: 'Nahrává návštěvy a vytváří teplotní mapy.', en: 'Records visits and builds heatmaps.' },
  cookies: [
    {
      name: 'mf_user',
      lifetime: 'P90D',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^mf_',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
  ],
  storage: [],
  hosts: ['mouseflow.com', 'cdn.mouseflow.com'],
};

export default entry;

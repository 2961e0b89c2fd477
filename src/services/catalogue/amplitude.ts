import type { CatalogueEntry } from '../types.js';

/** Amplitude: Amplitude, Inc.. */
const entry: CatalogueEntry = {
  id: 'amplitude',
  name: 'Amplitude',
  provider: 'Amplitude, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://amplitude.com/privacy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří používání funkcí a cesty návštěvníků produktem.',
    en: 'Measures feature use and visitor journeys through the product.',
  },
  cookies: [
    {
      name: '^AMP_',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^amplitude_id_',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [
    {
      name: '^AMP_',
      kind: 'local',
      purpose: { cs: 'Ukládá data pro rychlejší načtení prvku.', en: 'Stores data so the widget loads faster.' },
    },
  ],
  hosts: ['amplitude.com', 'cdn.amplitude.com'],
};

export default entry;

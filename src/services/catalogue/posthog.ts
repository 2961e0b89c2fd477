import type { CatalogueEntry } from '../types.js';

/** PostHog: PostHog Inc.. */
const entry: CatalogueEntry = {
  id: 'posthog',
  name: 'PostHog',
  provider: 'PostHog Inc.',
  providerCountry: 'US',
  countries: ['US', 'DE'],
  privacyPolicy: 'https://posthog.com/privacy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří používání webu a může nahrávat návštěvy pro analýzu produktu.',
    en: 'Measures use of the site and can record visits for product analysis.',
  },
  cookies: [
    {
      name: '^ph_',
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
      name: '^ph_',
      kind: 'local',
      purpose: { cs: 'Ukládá data pro rychlejší načtení prvku.', en: 'Stores data so the widget loads faster.' },
    },
  ],
  hosts: ['posthog.com', 'i.posthog.com'],
};

export default entry;

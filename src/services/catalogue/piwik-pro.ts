import type { CatalogueEntry } from '../types.js';

/** Piwik PRO: Piwik PRO GmbH. */
const entry: CatalogueEntry = {
  id: 'piwik-pro',
  name: 'Piwik PRO',
  provider: 'Piwik PRO GmbH',
  providerCountry: 'DE',
  countries: ['DE'],
  privacyPolicy: 'https://piwik.pro/privacy-policy/',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost a cesty návštěvníků webem.',
    en: 'Measures traffic and the paths visitors take through the site.',
  },
  cookies: [
    {
      name: '^_pk_id.',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^_pk_ses.',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: 'stg_returning_visitor',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['piwik.pro', 'containers.piwik.pro'],
};

export default entry;

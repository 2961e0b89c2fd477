import type { CatalogueEntry } from '../types.js';

/** Matomo Cloud: InnoCraft Ltd. */
const entry: CatalogueEntry = {
  id: 'matomo-cloud',
  name: 'Matomo Cloud',
  provider: 'InnoCraft Ltd',
  providerCountry: 'NZ',
  countries: ['DE'],
  privacyPolicy: 'https://matomo.org/privacy-policy/',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost na serverech v EU bez sdílení dat pro reklamu.',
    en: 'Measures traffic on servers in the EU without sharing data for advertising.',
  },
  cookies: [
    {
      name: '^_pk_id',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^_pk_ses',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '^_pk_ref',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Uchovává, odkud návštěvník přišel (reklama, vyhledávač, odkaz).',
        en: 'Stores where the visitor came from (ad, search engine, link).',
      },
    },
  ],
  storage: [],
  hosts: ['matomo.cloud', 'innocraft.cloud'],
};

export default entry;

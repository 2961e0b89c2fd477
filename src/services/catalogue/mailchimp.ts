import type { CatalogueEntry } from '../types.js';

/** Mailchimp: The Rocket Science Group LLC. */
const entry: CatalogueEntry = {
  id: 'mailchimp',
  name: 'Mailchimp',
  provider: 'The Rocket Science Group LLC',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.intuit.com/privacy/statement/',
  category: 'marketing',
  kind: 'marketing-automation',
  purpose: {
    cs: 'Měří, které návštěvy přišly z e-mailových kampaní.',
    en: 'Measures which visits came from email campaigns.',
  },
  cookies: [
    {
      name: 'mc_cid',
      lifetime: 'P14D',
      party: 'first',
      purpose: {
        cs: 'Uchovává, odkud návštěvník přišel (reklama, vyhledávač, odkaz).',
        en: 'Stores where the visitor came from (ad, search engine, link).',
      },
    },
    {
      name: 'mc_eid',
      lifetime: 'P14D',
      party: 'first',
      purpose: {
        cs: 'Uchovává, odkud návštěvník přišel (reklama, vyhledávač, odkaz).',
        en: 'Stores where the visitor came from (ad, search engine, link).',
      },
    },
  ],
  storage: [],
  hosts: ['chimpstatic.com', 'list-manage.com', 'mailchimp.com'],
};

export default entry;

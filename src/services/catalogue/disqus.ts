import type { CatalogueEntry } from '../types.js';

/** Disqus: Disqus, Inc.. */
const entry: CatalogueEntry = {
  id: 'disqus',
  name: 'Disqus',
  provider: 'Disqus, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://disqus.com/privacy-policy/',
  optOut: 'https://disqus.com/data-sharing-settings/',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje diskusi pod články; Disqus při tom může zobrazovat reklamy.',
    en: 'Shows comments under articles; Disqus may show ads alongside.',
  },
  cookies: [
    {
      name: 'disqus_unique',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'disqus.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['disqus.com', 'disquscdn.com'],
};

export default entry;

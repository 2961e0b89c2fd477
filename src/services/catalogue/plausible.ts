import type { CatalogueEntry } from '../types.js';

/** Plausible Analytics: Plausible Insights OÜ. */
const entry: CatalogueEntry = {
  id: 'plausible',
  name: 'Plausible Analytics',
  provider: 'Plausible Insights OÜ',
  providerCountry: 'EE',
  countries: ['DE'],
  privacyPolicy: 'https://plausible.io/privacy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Počítá návštěvy bez cookies a bez sledování napříč weby.',
    en: 'Counts visits without cookies and without tracking across sites.',
  },
  cookies: [],
  storage: [
    {
      name: 'plausible_ignore',
      kind: 'local',
      purpose: { cs: 'Uchovává, zda návštěvník měření odmítl.', en: 'Stores whether the visitor refused measurement.' },
    },
  ],
  hosts: ['plausible.io'],
};

export default entry;

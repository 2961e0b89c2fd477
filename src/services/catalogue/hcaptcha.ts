import type { CatalogueEntry } from '../types.js';

/** hCaptcha: Intuition Machines, Inc.. */
const entry: CatalogueEntry = {
  id: 'hcaptcha',
  name: 'hCaptcha',
  provider: 'Intuition Machines, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.hcaptcha.com/privacy',
  category: 'preferences',
  kind: 'security',
  purpose: { cs: 'Ověřuje, že formulář vyplňuje člověk.', en: 'Checks that a person fills in a form.' },
  cookies: [
    {
      name: 'hmt_id',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'hcaptcha.com',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [],
  hosts: ['hcaptcha.com', 'js.hcaptcha.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Alibaba Cloud CAPTCHA: Alibaba Cloud (Singapore) Private Limited. */
const entry: CatalogueEntry = {
  id: 'alibaba-cloud-captcha',
  name: 'Alibaba Cloud CAPTCHA',
  provider: 'Alibaba Cloud (Singapore) Private Limited',
  providerCountry: 'SG',
  countries: ['SG', 'CN'],
  privacyPolicy: 'https://www.alibabacloud.com/help/en/legal/latest/alibaba-cloud-international-website-privacy-policy',
  category: 'preferences',
  kind: 'security',
  purpose: {
    cs: 'Ověřuje, že formulář vyplňuje člověk, a chrání před zneužitím.',
    en: 'Checks that a person fills in a form and protects against abuse.',
  },
  cookies: [
    {
      name: 'cna',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'alicdn.com',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [],
  hosts: ['g.alicdn.com', 'captcha.alibabacloud.com', 'af.alicdn.com'],
};

export default entry;

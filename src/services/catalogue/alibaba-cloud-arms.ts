import type { CatalogueEntry } from '../types.js';

/** Alibaba Cloud ARMS (Real User Monitoring): Alibaba Cloud (Singapore) Private Limited. */
const entry: CatalogueEntry = {
  id: 'alibaba-cloud-arms',
  name: 'Alibaba Cloud ARMS (Real User Monitoring)',
  provider: 'Alibaba Cloud (Singapore) Private Limited',
  providerCountry: 'SG',
  countries: ['SG', 'CN'],
  privacyPolicy: 'https://www.alibabacloud.com/help/en/legal/latest/alibaba-cloud-international-website-privacy-policy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří rychlost a chyby stránek u skutečných návštěvníků.',
    en: 'Measures page speed and errors for real visitors.',
  },
  cookies: [
    {
      name: '_arms_uid',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['retcode.alicdn.com', 'arms-retcode.aliyuncs.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Umeng / CNZZ: Beijing Ruixun Lingtong Technology Co., Ltd. (Alibaba Group). */
const entry: CatalogueEntry = {
  id: 'cnzz',
  name: 'Umeng / CNZZ',
  provider: 'Beijing Ruixun Lingtong Technology Co., Ltd. (Alibaba Group)',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://www.umeng.com/page/policy',
  category: 'analytics',
  kind: 'analytics',
  purpose: { cs: 'Měří návštěvnost pro publikum z Číny.', en: 'Measures traffic for audiences in China.' },
  cookies: [
    {
      name: '^CNZZDATA',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'UM_distinctid',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['cnzz.com', 'umeng.com', 'umengcloud.com'],
};

export default entry;

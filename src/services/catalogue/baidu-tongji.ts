import type { CatalogueEntry } from '../types.js';

/** Baidu Tongji: Beijing Baidu Netcom Science and Technology Co., Ltd.. */
const entry: CatalogueEntry = {
  id: 'baidu-tongji',
  name: 'Baidu Tongji',
  provider: 'Beijing Baidu Netcom Science and Technology Co., Ltd.',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://privacy.baidu.com/policy/PrivacyPolicy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost pro publikum z Číny: počet návštěv, zdroje a prohlížené stránky.',
    en: 'Measures traffic for audiences in China: visits, sources and pages viewed.',
  },
  cookies: [
    {
      name: '^Hm_lvt_',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^Hm_lpvt_',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: 'HMACCOUNT',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'hm.baidu.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['hm.baidu.com', 'hmcdn.baidu.com'],
};

export default entry;

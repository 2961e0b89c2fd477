import type { CatalogueEntry } from '../types.js';

/** Tencent MTA (腾讯移动分析): Shenzhen Tencent Computer Systems Company Limited. */
const entry: CatalogueEntry = {
  id: 'tencent-analytics',
  name: 'Tencent MTA (腾讯移动分析)',
  provider: 'Shenzhen Tencent Computer Systems Company Limited',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://privacy.qq.com/',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost pro publikum z Číny (zobrazení, zdroje, opakované návštěvy).',
    en: 'Measures traffic for audiences in China (views, sources, repeat visits).',
  },
  cookies: [
    {
      name: 'pgv_pvi',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'pgv_si',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['pingjs.qq.com', 'pingtcss.qq.com', 'tajs.qq.com'],
};

export default entry;

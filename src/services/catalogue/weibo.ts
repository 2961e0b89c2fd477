import type { CatalogueEntry } from '../types.js';

/** Weibo widgets: Beijing Weimeng Chuangke Network Technology Co., Ltd.. */
const entry: CatalogueEntry = {
  id: 'weibo',
  name: 'Weibo widgets',
  provider: 'Beijing Weimeng Chuangke Network Technology Co., Ltd.',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://weibo.com/signup/v5/privacy',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje tlačítka sdílení a vložené příspěvky z Weibo.',
    en: 'Shows share buttons and embedded posts from Weibo.',
  },
  cookies: [
    {
      name: 'SINAGLOBAL',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'weibo.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['tjs.sjs.sinajs.cn', 'weibo.com', 'sinaimg.cn'],
};

export default entry;

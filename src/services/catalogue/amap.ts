import type { CatalogueEntry } from '../types.js';

/** AMap (高德地图): AutoNavi Software Co., Ltd. (Alibaba Group). */
const entry: CatalogueEntry = {
  id: 'amap',
  name: 'AMap (高德地图)',
  provider: 'AutoNavi Software Co., Ltd. (Alibaba Group)',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://cache.amap.com/h5/h5/publish/238/index.html',
  category: 'preferences',
  kind: 'maps',
  purpose: { cs: 'Zobrazuje vloženou mapu pro Čínu.', en: 'Shows an embedded map for China.' },
  cookies: [
    {
      name: 'cna',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'amap.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['webapi.amap.com', 'amap.com', 'restapi.amap.com'],
};

export default entry;

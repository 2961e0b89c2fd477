import type { CatalogueEntry } from '../types.js';

/** Baidu Maps: Beijing Baidu Netcom Science and Technology Co., Ltd.. */
const entry: CatalogueEntry = {
  id: 'baidu-maps',
  name: 'Baidu Maps',
  provider: 'Beijing Baidu Netcom Science and Technology Co., Ltd.',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://privacy.baidu.com/policy/PrivacyPolicy',
  category: 'preferences',
  kind: 'maps',
  purpose: { cs: 'Zobrazuje vloženou mapu pro Čínu.', en: 'Shows an embedded map for China.' },
  cookies: [
    {
      name: 'BAIDUID',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'baidu.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['api.map.baidu.com', 'map.baidu.com', 'map.bdimg.com'],
};

export default entry;

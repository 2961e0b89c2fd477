import type { CatalogueEntry } from '../types.js';

/** Youku: Youku Information Technology (Beijing) Co., Ltd. (Alibaba Group). */
const entry: CatalogueEntry = {
  id: 'youku',
  name: 'Youku',
  provider: 'Youku Information Technology (Beijing) Co., Ltd. (Alibaba Group)',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy:
    'https://terms.alicdn.com/legal-agreement/terms/suit_bu1_unification/suit_bu1_unification202005142208_14749.html',
  category: 'marketing',
  kind: 'video',
  purpose: {
    cs: 'Přehrává vložená videa z Youku; poskytovatel sbírá údaje o sledování.',
    en: 'Plays embedded Youku videos; the provider collects viewing data.',
  },
  cookies: [
    {
      name: 'cna',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'youku.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['player.youku.com', 'youku.com', 'ykimg.com'],
};

export default entry;

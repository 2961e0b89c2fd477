import type { CatalogueEntry } from '../types.js';

/** Bilibili: Shanghai Kuanyu Digital Technology Co., Ltd.. */
const entry: CatalogueEntry = {
  id: 'bilibili',
  name: 'Bilibili',
  provider: 'Shanghai Kuanyu Digital Technology Co., Ltd.',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://www.bilibili.com/blackboard/privacy-pc.html',
  category: 'marketing',
  kind: 'video',
  purpose: {
    cs: 'Přehrává vložená videa z Bilibili; poskytovatel sbírá údaje o sledování.',
    en: 'Plays embedded Bilibili videos; the provider collects viewing data.',
  },
  cookies: [
    {
      name: 'buvid3',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'bilibili.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'b_nut',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'bilibili.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['player.bilibili.com', 'bilibili.com', 'hdslb.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Ocean Engine (巨量引擎, Douyin ads): Beijing Ocean Engine Network Technology Co., Ltd.. */
const entry: CatalogueEntry = {
  id: 'ocean-engine',
  name: 'Ocean Engine (巨量引擎, Douyin ads)',
  provider: 'Beijing Ocean Engine Network Technology Co., Ltd.',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://www.oceanengine.com/appeal/privacy',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří konverze z reklam na Douyinu a v dalších aplikacích ByteDance v Číně.',
    en: 'Measures conversions from ads on Douyin and other ByteDance apps in China.',
  },
  cookies: [
    {
      name: '_tea_utm_cache',
      lifetime: 'P1D',
      party: 'first',
      purpose: {
        cs: 'Uchovává, odkud návštěvník přišel (reklama, vyhledávač, odkaz).',
        en: 'Stores where the visitor came from (ad, search engine, link).',
      },
    },
  ],
  storage: [
    {
      name: '^__tea_',
      kind: 'local',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  hosts: ['oceanengine.com', 'snssdk.com', 'bytedance.com'],
};

export default entry;

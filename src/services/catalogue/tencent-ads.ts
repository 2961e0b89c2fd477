import type { CatalogueEntry } from '../types.js';

/** Tencent Ads (广点通): Shenzhen Tencent Computer Systems Company Limited. */
const entry: CatalogueEntry = {
  id: 'tencent-ads',
  name: 'Tencent Ads (广点通)',
  provider: 'Shenzhen Tencent Computer Systems Company Limited',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://privacy.qq.com/',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří konverze z reklam v aplikacích WeChat a QQ.',
    en: 'Measures conversions from ads in WeChat and QQ.',
  },
  cookies: [
    {
      name: 'gdt_fp',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['qzs.gdtimg.com', 'gdt.qq.com', 'e.qq.com'],
};

export default entry;

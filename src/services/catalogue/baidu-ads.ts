import type { CatalogueEntry } from '../types.js';

/** Baidu Marketing (Baidu Ads): Beijing Baidu Netcom Science and Technology Co., Ltd.. */
const entry: CatalogueEntry = {
  id: 'baidu-ads',
  name: 'Baidu Marketing (Baidu Ads)',
  provider: 'Beijing Baidu Netcom Science and Technology Co., Ltd.',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://privacy.baidu.com/policy/PrivacyPolicy',
  category: 'marketing',
  kind: 'advertising',
  purpose: { cs: 'Měří konverze z reklam ve vyhledávači Baidu.', en: 'Measures conversions from Baidu search ads.' },
  cookies: [
    {
      name: 'BAIDUID',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'baidu.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['cpro.baidu.com', 'pos.baidu.com', 'cbjs.baidu.com'],
};

export default entry;

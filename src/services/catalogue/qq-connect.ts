import type { CatalogueEntry } from '../types.js';

/** QQ Connect (QQ sharing and sign-in): Shenzhen Tencent Computer Systems Company Limited. */
const entry: CatalogueEntry = {
  id: 'qq-connect',
  name: 'QQ Connect (QQ sharing and sign-in)',
  provider: 'Shenzhen Tencent Computer Systems Company Limited',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://privacy.qq.com/',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Umožňuje sdílet stránky a přihlásit se přes QQ; Tencent pozná uživatele QQ.',
    en: 'Lets visitors share pages and sign in with QQ; Tencent recognises QQ users.',
  },
  cookies: [
    {
      name: 'pgv_pvid',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'qq.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['connect.qq.com', 'qzonestyle.gtimg.cn', 'graph.qq.com'],
};

export default entry;

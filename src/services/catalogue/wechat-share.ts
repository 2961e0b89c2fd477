import type { CatalogueEntry } from '../types.js';

/** WeChat JS-SDK (sharing and sign-in): Shenzhen Tencent Computer Systems Company Limited. */
const entry: CatalogueEntry = {
  id: 'wechat-share',
  name: 'WeChat JS-SDK (sharing and sign-in)',
  provider: 'Shenzhen Tencent Computer Systems Company Limited',
  providerCountry: 'CN',
  countries: ['CN'],
  privacyPolicy: 'https://weixin.qq.com/cgi-bin/readtemplate?lang=en&t=weixin_agreement&s=privacy',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Umožňuje sdílet stránky a přihlásit se přes WeChat; Tencent pozná uživatele WeChatu.',
    en: 'Lets visitors share pages and sign in with WeChat; Tencent recognises WeChat users.',
  },
  cookies: [],
  storage: [],
  hosts: ['res.wx.qq.com', 'open.weixin.qq.com', 'wx.qq.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** LiveChat: Text S.A.. */
const entry: CatalogueEntry = {
  id: 'livechat',
  name: 'LiveChat',
  provider: 'Text S.A.',
  providerCountry: 'PL',
  countries: ['PL', 'US'],
  privacyPolicy: 'https://www.livechat.com/legal/privacy-policy/',
  category: 'preferences',
  kind: 'chat',
  purpose: {
    cs: 'Poskytuje okno chatu s podporou a pamatuje si rozhovory.',
    en: 'Provides the support chat window and remembers conversations.',
  },
  cookies: [
    {
      name: '__lc_cid',
      lifetime: 'P2Y',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
    {
      name: '__lc_cst',
      lifetime: 'P2Y',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  storage: [
    {
      name: '^__lc',
      kind: 'local',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  hosts: ['livechatinc.com', 'cdn.livechatinc.com'],
};

export default entry;

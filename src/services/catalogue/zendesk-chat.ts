import type { CatalogueEntry } from '../types.js';

/** Zendesk Messaging: Zendesk, Inc.. */
const entry: CatalogueEntry = {
  id: 'zendesk-chat',
  name: 'Zendesk Messaging',
  provider: 'Zendesk, Inc.',
  providerCountry: 'US',
  countries: ['US', 'IE'],
  privacyPolicy: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
  category: 'preferences',
  kind: 'chat',
  purpose: {
    cs: 'Poskytuje okno chatu s podporou a pamatuje si rozhovory.',
    en: 'Provides the support chat window and remembers conversations.',
  },
  cookies: [
    {
      name: '__zlcmid',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  storage: [
    {
      name: '^ZD-',
      kind: 'local',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  hosts: ['zdassets.com', 'zendesk.com', 'zopim.com'],
};

export default entry;

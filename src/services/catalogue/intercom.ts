import type { CatalogueEntry } from '../types.js';

/** Intercom: Intercom R&D Unlimited Company. */
const entry: CatalogueEntry = {
  id: 'intercom',
  name: 'Intercom',
  provider: 'Intercom R&D Unlimited Company',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.intercom.com/legal/privacy',
  category: 'preferences',
  kind: 'chat',
  purpose: {
    cs: 'Poskytuje okno chatu s podporou a pamatuje si rozhovory.',
    en: 'Provides the support chat window and remembers conversations.',
  },
  cookies: [
    {
      name: '^intercom-id-',
      lifetime: 'P9M',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
    {
      name: '^intercom-session-',
      lifetime: 'P7D',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
    {
      name: '^intercom-device-id-',
      lifetime: 'P9M',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  storage: [
    {
      name: '^intercom',
      kind: 'local',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  hosts: ['intercom.io', 'intercomcdn.com', 'widget.intercom.io'],
};

export default entry;

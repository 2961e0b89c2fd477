import type { CatalogueEntry } from '../types.js';

/** Crisp: Crisp IM SAS. */
const entry: CatalogueEntry = {
  id: 'crisp',
  name: 'Crisp',
  provider: 'Crisp IM SAS',
  providerCountry: 'FR',
  countries: ['FR', 'NL'],
  privacyPolicy: 'https://crisp.chat/en/privacy/',
  category: 'preferences',
  kind: 'chat',
  purpose: {
    cs: 'Poskytuje okno chatu s podporou a pamatuje si rozhovory.',
    en: 'Provides the support chat window and remembers conversations.',
  },
  cookies: [
    {
      name: '^crisp-client/',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  storage: [
    {
      name: '^crisp-client',
      kind: 'local',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  hosts: ['crisp.chat', 'client.crisp.chat'],
};

export default entry;

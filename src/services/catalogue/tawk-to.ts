import type { CatalogueEntry } from '../types.js';

/** tawk.to: tawk.to inc.. */
const entry: CatalogueEntry = {
  id: 'tawk-to',
  name: 'tawk.to',
  provider: 'tawk.to inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.tawk.to/privacy-policy/',
  category: 'preferences',
  kind: 'chat',
  purpose: {
    cs: 'Poskytuje okno chatu s podporou a pamatuje si rozhovory.',
    en: 'Provides the support chat window and remembers conversations.',
  },
  cookies: [
    {
      name: '^tawk_',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
    {
      name: 'TawkConnectionTime',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  storage: [
    {
      name: '^twk_',
      kind: 'local',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  hosts: ['tawk.to', 'embed.tawk.to', 'va.tawk.to'],
};

export default entry;

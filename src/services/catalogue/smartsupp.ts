import type { CatalogueEntry } from '../types.js';

/** Smartsupp: Smartsupp.com, s.r.o.. */
const entry: CatalogueEntry = {
  id: 'smartsupp',
  name: 'Smartsupp',
  provider: 'Smartsupp.com, s.r.o.',
  providerCountry: 'CZ',
  countries: ['CZ', 'DE'],
  privacyPolicy: 'https://www.smartsupp.com/cs/help/ochrana-osobnich-udaju/',
  category: 'preferences',
  kind: 'chat',
  purpose: {
    cs: 'Poskytuje okno chatu s podporou a může nahrávat návštěvy pro podporu.',
    en: 'Provides the support chat window and can record visits for support.',
  },
  cookies: [
    {
      name: 'ssupp.vid',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
    {
      name: 'ssupp.visits',
      lifetime: 'P6M',
      party: 'first',
      purpose: {
        cs: 'Udržuje rozhovor a jeho historii při přechodu mezi stránkami.',
        en: 'Keeps the conversation and its history while moving between pages.',
      },
    },
  ],
  storage: [],
  hosts: ['smartsupp.com', 'smartsuppchat.com', 'smartsuppcdn.com'],
};

export default entry;

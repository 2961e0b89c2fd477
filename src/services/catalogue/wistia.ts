import type { CatalogueEntry } from '../types.js';

/** Wistia: Wistia, Inc.. */
const entry: CatalogueEntry = {
  id: 'wistia',
  name: 'Wistia',
  provider: 'Wistia, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://wistia.com/privacy',
  category: 'preferences',
  kind: 'video',
  purpose: {
    cs: 'Přehrává vložená videa a měří jejich sledovanost.',
    en: 'Plays embedded videos and measures how they are watched.',
  },
  cookies: [
    {
      name: '_distillery',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'wistia.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [
    {
      name: '^wistia',
      kind: 'local',
      purpose: {
        cs: 'Pamatuje si nastavení vloženého přehrávače nebo prvku.',
        en: 'Remembers the settings of the embedded player or widget.',
      },
    },
  ],
  hosts: ['wistia.com', 'wistia.net', 'fast.wistia.com'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Vimeo: Vimeo.com, Inc.. */
const entry: CatalogueEntry = {
  id: 'vimeo',
  name: 'Vimeo',
  provider: 'Vimeo.com, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://vimeo.com/privacy',
  category: 'preferences',
  kind: 'video',
  purpose: {
    cs: 'Přehrává vložená videa a měří jejich sledovanost.',
    en: 'Plays embedded videos and measures how they are watched.',
  },
  cookies: [
    {
      name: 'vuid',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'vimeo.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'Player',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'vimeo.com',
      purpose: {
        cs: 'Pamatuje si nastavení vloženého přehrávače nebo prvku.',
        en: 'Remembers the settings of the embedded player or widget.',
      },
    },
  ],
  storage: [],
  hosts: ['player.vimeo.com', 'vimeo.com', 'vimeocdn.com'],
};

export default entry;

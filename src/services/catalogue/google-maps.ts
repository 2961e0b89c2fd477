import type { CatalogueEntry } from '../types.js';

/** Google Maps: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-maps',
  name: 'Google Maps',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  category: 'preferences',
  kind: 'maps',
  purpose: {
    cs: 'Zobrazuje vloženou mapu; Google při tom vidí adresu IP a zobrazenou oblast.',
    en: 'Shows an embedded map; Google sees the IP address and the area shown.',
  },
  cookies: [
    {
      name: 'NID',
      lifetime: 'P6M',
      party: 'third',
      domain: 'google.com',
      purpose: {
        cs: 'Pamatuje si nastavení vloženého přehrávače nebo prvku.',
        en: 'Remembers the settings of the embedded player or widget.',
      },
    },
  ],
  storage: [],
  hosts: ['maps.googleapis.com', 'maps.google.com', 'maps.gstatic.com'],
};

export default entry;

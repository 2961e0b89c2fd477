import type { CatalogueEntry } from '../types.js';

/** OpenStreetMap: OpenStreetMap Foundation. */
const entry: CatalogueEntry = {
  id: 'openstreetmap',
  name: 'OpenStreetMap',
  provider: 'OpenStreetMap Foundation',
  providerCountry: 'GB',
  countries: ['GB', 'NL'],
  privacyPolicy: 'https://osmfoundation.org/wiki/Privacy_Policy',
  category: 'preferences',
  kind: 'maps',
  purpose: {
    cs: 'Zobrazuje vloženou mapu; server mapy vidí adresu IP.',
    en: 'Shows an embedded map; the map server sees the IP address.',
  },
  cookies: [
    {
      name: '_osm_totp_token',
      lifetime: 'PT1H',
      party: 'third',
      domain: 'openstreetmap.org',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [],
  hosts: ['openstreetmap.org', 'tile.openstreetmap.org'],
};

export default entry;

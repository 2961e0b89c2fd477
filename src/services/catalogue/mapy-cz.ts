import type { CatalogueEntry } from '../types.js';

/** Mapy.cz: Seznam.cz, a.s.. */
const entry: CatalogueEntry = {
  id: 'mapy-cz',
  name: 'Mapy.cz',
  provider: 'Seznam.cz, a.s.',
  providerCountry: 'CZ',
  countries: ['CZ'],
  privacyPolicy: 'https://o-seznam.cz/ochrana-udaju/',
  category: 'preferences',
  kind: 'maps',
  purpose: { cs: 'Zobrazuje vloženou mapu od Seznamu.', en: 'Shows an embedded map by Seznam.' },
  cookies: [],
  storage: [],
  hosts: ['mapy.cz', 'mapy.com', 'api.mapy.cz'],
};

export default entry;

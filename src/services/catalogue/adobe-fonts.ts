import type { CatalogueEntry } from '../types.js';

/** Adobe Fonts: Adobe Systems Software Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'adobe-fonts',
  name: 'Adobe Fonts',
  provider: 'Adobe Systems Software Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.adobe.com/privacy/policies/adobe-fonts.html',
  category: 'preferences',
  kind: 'fonts-cdn',
  purpose: {
    cs: 'Načítá písma ze serverů Adobe a počítá jejich zobrazení kvůli licencím.',
    en: "Loads fonts from Adobe's servers and counts views for licensing.",
  },
  cookies: [],
  storage: [],
  hosts: ['use.typekit.net', 'p.typekit.net'],
};

export default entry;

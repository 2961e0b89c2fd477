import type { CatalogueEntry } from '../types.js';

/** Google Fonts: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-fonts',
  name: 'Google Fonts',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  category: 'preferences',
  kind: 'fonts-cdn',
  purpose: {
    cs: 'Načítá písma ze serverů Google; Google při tom vidí adresu IP návštěvníka.',
    en: "Loads fonts from Google's servers; Google sees the visitor's IP address.",
  },
  cookies: [],
  storage: [],
  hosts: ['fonts.googleapis.com', 'fonts.gstatic.com'],
};

export default entry;

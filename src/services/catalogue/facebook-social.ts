import type { CatalogueEntry } from '../types.js';

/** Facebook social plugins: Meta Platforms Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'facebook-social',
  name: 'Facebook social plugins',
  provider: 'Meta Platforms Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  optOut: 'https://www.facebook.com/adpreferences/ad_settings',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje tlačítka To se mi líbí a vložené příspěvky; Meta při tom pozná přihlášené uživatele.',
    en: 'Shows Like buttons and embedded posts; Meta recognises signed-in users.',
  },
  cookies: [
    {
      name: 'datr',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'facebook.com',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
    {
      name: 'fr',
      lifetime: 'P90D',
      party: 'third',
      domain: 'facebook.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'c_user',
      lifetime: 'P90D',
      party: 'third',
      domain: 'facebook.com',
      purpose: {
        cs: 'Pozná návštěvníka přihlášeného u poskytovatele.',
        en: 'Recognises a visitor signed in with the provider.',
      },
    },
  ],
  storage: [],
  hosts: ['connect.facebook.net', 'facebook.com', 'fbcdn.net'],
};

export default entry;

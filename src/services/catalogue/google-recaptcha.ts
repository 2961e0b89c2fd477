import type { CatalogueEntry } from '../types.js';

/** Google reCAPTCHA: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-recaptcha',
  name: 'Google reCAPTCHA',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  category: 'preferences',
  kind: 'security',
  purpose: {
    cs: 'Ověřuje, že formulář vyplňuje člověk; Google při tom hodnotí chování v prohlížeči.',
    en: 'Checks that a person fills in a form; Google assesses behaviour in the browser.',
  },
  cookies: [
    {
      name: '_GRECAPTCHA',
      lifetime: 'P6M',
      party: 'third',
      domain: 'google.com',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [
    {
      name: '^rc::',
      kind: 'local',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  hosts: ['recaptcha.net', 'www.recaptcha.net'],
};

export default entry;

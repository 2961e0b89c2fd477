import type { CatalogueEntry } from '../types.js';

/** Adobe Experience Platform Tags: Adobe Systems Software Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'adobe-launch',
  name: 'Adobe Experience Platform Tags',
  provider: 'Adobe Systems Software Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.adobe.com/privacy/policy.html',
  category: 'analytics',
  kind: 'tag-manager',
  purpose: {
    cs: 'Načítá další měřicí a marketingové skripty podle pravidel webu.',
    en: "Loads other measurement and marketing scripts according to the site's rules.",
  },
  cookies: [
    {
      name: 'sat_track',
      lifetime: 'P90D',
      party: 'first',
      purpose: {
        cs: 'Uchovává stav prvku mezi stránkami (otevřeno, zavřeno, naposledy zobrazeno).',
        en: "Keeps the widget's state between pages (open, closed, last shown).",
      },
    },
  ],
  storage: [],
  hosts: ['assets.adobedtm.com'],
};

export default entry;

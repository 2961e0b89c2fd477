import type { CatalogueEntry } from '../types.js';

/** Google Tag Manager: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-tag-manager',
  name: 'Google Tag Manager',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  category: 'analytics',
  kind: 'tag-manager',
  purpose: {
    cs: 'Načítá další měřicí a marketingové skripty podle pravidel webu.',
    en: "Loads other measurement and marketing scripts according to the site's rules.",
  },
  cookies: [
    {
      name: '^_dc_gtm_',
      lifetime: 'PT1M',
      party: 'first',
      purpose: {
        cs: 'Omezuje, kolik měřicích požadavků prohlížeč odešle.',
        en: 'Limits how many measurement requests the browser sends.',
      },
    },
  ],
  storage: [],
  hosts: ['googletagmanager.com'],
};

export default entry;

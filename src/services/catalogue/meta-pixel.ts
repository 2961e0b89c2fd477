import type { CatalogueEntry } from '../types.js';

/** Meta Pixel: Meta Platforms Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  provider: 'Meta Platforms Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.facebook.com/privacy/policy/',
  optOut: 'https://www.facebook.com/adpreferences/ad_settings',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na Facebooku a Instagramu a vytváří publika pro další reklamy.',
    en: 'Measures results of Facebook and Instagram ads and builds audiences for further ads.',
  },
  cookies: [
    {
      name: '_fbp',
      lifetime: 'P3M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: '_fbc',
      lifetime: 'P2Y',
      party: 'first',
      purpose: {
        cs: 'Uchovává údaje o kliknutí na reklamu, aby šlo změřit, zda vedla k nákupu nebo registraci.',
        en: 'Keeps details of an ad click so it can be measured whether it led to a purchase or sign-up.',
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
  ],
  storage: [],
  hosts: ['connect.facebook.net', 'facebook.com', 'facebook.net'],
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default entry;

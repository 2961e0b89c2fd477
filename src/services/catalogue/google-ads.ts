import type { CatalogueEntry } from '../types.js';

/** Google Ads: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-ads',
  name: 'Google Ads',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  optOut: 'https://adssettings.google.com/',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří konverze z reklam Google a umožňuje znovu oslovit návštěvníky reklamou.',
    en: 'Measures conversions from Google ads and lets the site reach visitors again with ads.',
  },
  cookies: [
    {
      name: '_gcl_au',
      lifetime: 'P90D',
      party: 'first',
      purpose: {
        cs: 'Uchovává údaje o kliknutí na reklamu, aby šlo změřit, zda vedla k nákupu nebo registraci.',
        en: 'Keeps details of an ad click so it can be measured whether it led to a purchase or sign-up.',
      },
    },
    {
      name: '_gcl_aw',
      lifetime: 'P90D',
      party: 'first',
      purpose: {
        cs: 'Uchovává údaje o kliknutí na reklamu, aby šlo změřit, zda vedla k nákupu nebo registraci.',
        en: 'Keeps details of an ad click so it can be measured whether it led to a purchase or sign-up.',
      },
    },
    {
      name: 'IDE',
      lifetime: 'P13M',
      party: 'third',
      domain: 'doubleclick.net',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['googleadservices.com', 'googleads.g.doubleclick.net'],
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default entry;

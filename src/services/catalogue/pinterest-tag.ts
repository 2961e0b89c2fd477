import type { CatalogueEntry } from '../types.js';

/** Pinterest Tag: Pinterest Europe Limited. */
const entry: CatalogueEntry = {
  id: 'pinterest-tag',
  name: 'Pinterest Tag',
  provider: 'Pinterest Europe Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policy.pinterest.com/privacy-policy',
  optOut: 'https://www.pinterest.com/settings/privacy',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na Pinterestu a vytváří publika pro další reklamy.',
    en: 'Measures results of Pinterest ads and builds audiences for further ads.',
  },
  cookies: [
    {
      name: '_pin_unauth',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: '_pinterest_ct_ua',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Uchovává údaje o kliknutí na reklamu, aby šlo změřit, zda vedla k nákupu nebo registraci.',
        en: 'Keeps details of an ad click so it can be measured whether it led to a purchase or sign-up.',
      },
    },
    {
      name: '_epik',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Uchovává údaje o kliknutí na reklamu, aby šlo změřit, zda vedla k nákupu nebo registraci.',
        en: 'Keeps details of an ad click so it can be measured whether it led to a purchase or sign-up.',
      },
    },
  ],
  storage: [],
  hosts: ['s.pinimg.com', 'ct.pinterest.com'],
};

export default entry;

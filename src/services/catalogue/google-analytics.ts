import type { CatalogueEntry } from '../types.js';

/** Google Analytics: Google Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'google-analytics',
  name: 'Google Analytics',
  provider: 'Google Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://policies.google.com/privacy',
  optOut: 'https://tools.google.com/dlpage/gaoptout',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost: kolik lidí web navštěvuje, odkud přicházejí a které stránky čtou.',
    en: 'Measures traffic: how many people visit, where they come from and which pages they read.',
  },
  cookies: [
    {
      name: '_ga',
      lifetime: 'P2Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^_ga_',
      lifetime: 'P2Y',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '_gid',
      lifetime: 'P1D',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^_gat',
      lifetime: 'PT1M',
      party: 'first',
      purpose: {
        cs: 'Omezuje, kolik měřicích požadavků prohlížeč odešle.',
        en: 'Limits how many measurement requests the browser sends.',
      },
    },
  ],
  storage: [],
  hosts: ['google-analytics.com', 'analytics.google.com'],
  consentMode: ['analytics_storage'],
};

export default entry;

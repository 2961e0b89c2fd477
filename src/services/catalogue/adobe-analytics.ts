import type { CatalogueEntry } from '../types.js';

/** Adobe Analytics: Adobe Systems Software Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'adobe-analytics',
  name: 'Adobe Analytics',
  provider: 'Adobe Systems Software Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.adobe.com/privacy/policy.html',
  optOut: 'https://www.adobe.com/privacy/opt-out.html',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost a chování návštěvníků pro vyhodnocení obsahu a kampaní.',
    en: 'Measures traffic and visitor behaviour to evaluate content and campaigns.',
  },
  cookies: [
    {
      name: 's_cc',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: 's_sq',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '^s_vi',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'omtrdc.net',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 's_fid',
      lifetime: 'P5Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [],
  hosts: ['omtrdc.net', '2o7.net', 'adobedtm.com', 'demdex.net'],
};

export default entry;

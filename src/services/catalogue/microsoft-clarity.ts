import type { CatalogueEntry } from '../types.js';

/** Microsoft Clarity: Microsoft Ireland Operations Limited. */
const entry: CatalogueEntry = {
  id: 'microsoft-clarity',
  name: 'Microsoft Clarity',
  provider: 'Microsoft Ireland Operations Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  category: 'analytics',
  kind: 'session-replay',
  purpose: {
    cs: 'Nahrává návštěvy a vytváří teplotní mapy, aby šlo najít potíže v rozhraní.',
    en: 'Records visits and builds heatmaps to find problems in the interface.',
  },
  cookies: [
    {
      name: '_clck',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '_clsk',
      lifetime: 'P1D',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: 'CLID',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'clarity.ms',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'MUID',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'clarity.ms',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['clarity.ms', 'www.clarity.ms'],
  consentMode: ['analytics_storage'],
};

export default entry;

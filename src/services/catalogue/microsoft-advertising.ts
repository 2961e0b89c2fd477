import type { CatalogueEntry } from '../types.js';

/** Microsoft Advertising (UET): Microsoft Ireland Operations Limited. */
const entry: CatalogueEntry = {
  id: 'microsoft-advertising',
  name: 'Microsoft Advertising (UET)',
  provider: 'Microsoft Ireland Operations Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://privacy.microsoft.com/privacystatement',
  optOut: 'https://account.microsoft.com/privacy/ad-settings',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří konverze z reklam v Bingu a umožňuje znovu oslovit návštěvníky.',
    en: 'Measures conversions from Bing ads and lets the site reach visitors again.',
  },
  cookies: [
    {
      name: '_uetsid',
      lifetime: 'P1D',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '_uetvid',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'MUID',
      lifetime: 'P13M',
      party: 'third',
      domain: 'bing.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [
    {
      name: '^_uet',
      kind: 'local',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  hosts: ['bat.bing.com', 'bing.com'],
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export default entry;

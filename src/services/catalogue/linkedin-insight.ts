import type { CatalogueEntry } from '../types.js';

/** LinkedIn Insight Tag: LinkedIn Ireland Unlimited Company. */
const entry: CatalogueEntry = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  provider: 'LinkedIn Ireland Unlimited Company',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
  optOut: 'https://www.linkedin.com/psettings/guest-controls/retargeting-opt-out',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na LinkedInu a umožňuje cílit reklamy na návštěvníky webu.',
    en: 'Measures results of LinkedIn ads and lets the site target ads to its visitors.',
  },
  cookies: [
    {
      name: 'li_sugr',
      lifetime: 'P90D',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'bcookie',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'linkedin.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'lidc',
      lifetime: 'P1D',
      party: 'third',
      domain: 'linkedin.com',
      purpose: {
        cs: 'Směruje požadavky na stejný server poskytovatele.',
        en: 'Routes requests to the same server of the provider.',
      },
    },
    {
      name: 'UserMatchHistory',
      lifetime: 'P30D',
      party: 'third',
      domain: 'linkedin.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['snap.licdn.com', 'px.ads.linkedin.com', 'licdn.com'],
};

export default entry;

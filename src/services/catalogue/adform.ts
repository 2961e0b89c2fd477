import type { CatalogueEntry } from '../types.js';

/** Adform: Adform A/S. */
const entry: CatalogueEntry = {
  id: 'adform',
  name: 'Adform',
  provider: 'Adform A/S',
  providerCountry: 'DK',
  countries: ['DK'],
  privacyPolicy: 'https://site.adform.com/privacy-center/overview',
  optOut: 'https://site.adform.com/privacy-center/platform/opt-out',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Zobrazuje a měří reklamy a omezuje jejich opakování.',
    en: 'Shows and measures ads and limits repetition.',
  },
  cookies: [
    {
      name: 'uid',
      lifetime: 'P60D',
      party: 'third',
      domain: 'adform.net',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'C',
      lifetime: 'P60D',
      party: 'third',
      domain: 'adform.net',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['adform.net', 'adformdsp.net', 'seadform.net'],
};

export default entry;

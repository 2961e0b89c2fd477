import type { CatalogueEntry } from '../types.js';

/** Snap Pixel: Snap B.V.. */
const entry: CatalogueEntry = {
  id: 'snap-pixel',
  name: 'Snap Pixel',
  provider: 'Snap B.V.',
  providerCountry: 'NL',
  countries: ['NL', 'US'],
  privacyPolicy: 'https://values.snap.com/privacy/privacy-policy',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří výsledky reklam na Snapchatu a vytváří publika pro další reklamy.',
    en: 'Measures results of Snapchat ads and builds audiences for further ads.',
  },
  cookies: [
    {
      name: '_scid',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: '_scid_r',
      lifetime: 'P13M',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'sc_at',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'snapchat.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['sc-static.net', 'tr.snapchat.com'],
};

export default entry;

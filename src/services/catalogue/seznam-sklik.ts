import type { CatalogueEntry } from '../types.js';

/** Sklik (Seznam.cz retargeting): Seznam.cz, a.s.. */
const entry: CatalogueEntry = {
  id: 'seznam-sklik',
  name: 'Sklik (Seznam.cz retargeting)',
  provider: 'Seznam.cz, a.s.',
  providerCountry: 'CZ',
  countries: ['CZ'],
  privacyPolicy: 'https://o-seznam.cz/ochrana-udaju/',
  optOut: 'https://o-seznam.cz/ochrana-udaju/personalizace-obsahu-a-reklamy/',
  category: 'marketing',
  kind: 'advertising',
  purpose: {
    cs: 'Měří konverze z reklam na Seznamu a umožňuje znovu oslovit návštěvníky.',
    en: 'Measures conversions from Seznam ads and lets the site reach visitors again.',
  },
  cookies: [
    {
      name: 'sid',
      lifetime: 'P30D',
      party: 'third',
      domain: 'seznam.cz',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'sznaiid',
      lifetime: 'P30D',
      party: 'third',
      domain: 'seznam.cz',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['c.seznam.cz', 'h.seznam.cz', 'd.seznam.cz', 'ssp.seznam.cz'],
};

export default entry;

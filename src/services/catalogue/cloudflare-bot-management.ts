import type { CatalogueEntry } from '../types.js';

/** Cloudflare bot protection: Cloudflare, Inc.. */
const entry: CatalogueEntry = {
  id: 'cloudflare-bot-management',
  name: 'Cloudflare bot protection',
  provider: 'Cloudflare, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.cloudflare.com/privacypolicy/',
  category: 'necessary',
  kind: 'security',
  purpose: {
    cs: 'Chrání web před roboty a útoky; nutné pro bezpečný provoz.',
    en: 'Protects the site from bots and attacks; needed to run it securely.',
  },
  cookies: [
    {
      name: '__cf_bm',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
    {
      name: 'cf_clearance',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
    {
      name: '_cfuvid',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [],
  hosts: ['challenges.cloudflare.com'],
};

export default entry;

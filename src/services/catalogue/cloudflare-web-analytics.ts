import type { CatalogueEntry } from '../types.js';

/** Cloudflare Web Analytics: Cloudflare, Inc.. */
const entry: CatalogueEntry = {
  id: 'cloudflare-web-analytics',
  name: 'Cloudflare Web Analytics',
  provider: 'Cloudflare, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.cloudflare.com/privacypolicy/',
  category: 'analytics',
  kind: 'analytics',
  purpose: { cs: 'Měří návštěvnost a rychlost načítání stránek.', en: 'Measures traffic and how fast pages load.' },
  cookies: [],
  storage: [],
  hosts: ['static.cloudflareinsights.com', 'cloudflareinsights.com'],
};

export default entry;

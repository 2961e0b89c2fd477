import type { CatalogueEntry } from '../types.js';

/** Spotify embeds: Spotify AB. */
const entry: CatalogueEntry = {
  id: 'spotify-embed',
  name: 'Spotify embeds',
  provider: 'Spotify AB',
  providerCountry: 'SE',
  countries: ['SE', 'US'],
  privacyPolicy: 'https://www.spotify.com/legal/privacy-policy/',
  category: 'preferences',
  kind: 'video',
  purpose: {
    cs: 'Přehrává vložené skladby a podcasty ze Spotify.',
    en: 'Plays embedded tracks and podcasts from Spotify.',
  },
  cookies: [
    {
      name: 'sp_t',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'spotify.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'sp_landing',
      lifetime: 'P1D',
      party: 'third',
      domain: 'spotify.com',
      purpose: {
        cs: 'Uchovává, odkud návštěvník přišel (reklama, vyhledávač, odkaz).',
        en: 'Stores where the visitor came from (ad, search engine, link).',
      },
    },
  ],
  storage: [],
  hosts: ['open.spotify.com', 'embed.spotify.com', 'scdn.co'],
};

export default entry;

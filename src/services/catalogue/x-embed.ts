import type { CatalogueEntry } from '../types.js';

/** X (Twitter) embeds: Twitter International Unlimited Company. */
const entry: CatalogueEntry = {
  id: 'x-embed',
  name: 'X (Twitter) embeds',
  provider: 'Twitter International Unlimited Company',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://x.com/en/privacy',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje vložené příspěvky a časové osy ze sítě X.',
    en: 'Shows embedded posts and timelines from X.',
  },
  cookies: [
    {
      name: 'guest_id',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'x.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'personalization_id',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'x.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['platform.twitter.com', 'syndication.twitter.com', 'twimg.com', 'platform.x.com'],
};

export default entry;

import type { KeksConfig } from 'keks';

/** Every service the app uses is described here: who gets the data, where, and which cookies it sets. */
export const config: KeksConfig = {
  ui: { privacyPolicyUrl: '/privacy', cookiePolicyUrl: '/cookies' },
  services: {
    stats: {
      category: 'analytics',
      name: 'Example Analytics',
      provider: 'Example Analytics Ltd.',
      purpose: 'Counts visits',
      country: ['IE'],
      privacyPolicy: 'https://analytics.example/privacy',
      cookies: [{ name: '_ex', lifetime: 365, purpose: 'Distinguishes visitors' }],
    },
  },
};

/**
 * One config for both halves: the server reads consent with it (keks/server), the browser starts Keks with
 * it (client.js). Every service the page uses is described here.
 * @type {import('keks').KeksConfig}
 */
export const config = {
  ui: { floatingButton: true },
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

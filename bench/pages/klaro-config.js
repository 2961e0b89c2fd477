// klaro 0.7.22, configured as its documentation's sample config (dist/config.js) shows.
// klaro reads the global `klaroConfig`.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  acceptAll: true,
  hideDeclineAll: false,
  mustConsent: false,
  lang: 'en',
  translations: {
    en: {
      consentNotice: {
        description: 'We use cookies for statistics and marketing, only with your consent.',
        learnMore: 'Preferences',
      },
      ok: 'Accept all',
      decline: 'Reject all',
      purposes: { analytics: 'Analytics', marketing: 'Marketing' },
    },
  },
  services: [
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'] },
    { name: 'marketing', title: 'Marketing', purposes: ['marketing'] },
  ],
};

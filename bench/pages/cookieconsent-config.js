/* global CookieConsent */
// vanilla-cookieconsent 3.1.0, configured as its documentation's "getting started" shows.
// hideFromBots is on by default and treats the headless benchmark browser as a bot.
CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies for statistics and marketing, only with your consent.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Visit statistics.', linkedCategory: 'analytics' },
            { title: 'Marketing', description: 'Advertising.', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
});

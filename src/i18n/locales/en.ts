import type { Strings } from '../strings.js';

export default {
  lang: 'en',
  dir: 'ltr',
  banner: {
    title: 'We use cookies',
    description:
      'Necessary cookies make this site work. With your consent, we also use cookies to remember your settings, measure traffic and show ads that may interest you. You can change or withdraw your consent at any time via the “Cookie settings” link at the bottom of the page.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    preferences: 'Preferences',
    close: 'Continue without accepting',
    privacyPolicy: 'Privacy policy',
    cookiePolicy: 'Cookie policy',
  },
  preferences: {
    title: 'Cookie settings',
    description:
      'Choose which cookies we may use. Necessary cookies are always on because the site cannot work without them. You can change your choice at any time.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save choices',
    close: 'Close',
    alwaysOn: 'Always on',
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    services: 'Services',
    provider: 'Provider',
    purpose: 'Purpose',
    country: 'Recipient country',
    privacyPolicy: 'Privacy policy',
    optOut: 'Opt out',
    cookies: 'Cookies',
    cookieName: 'Name',
    cookieLifetime: 'Expiry',
    cookiePurpose: 'Purpose',
    consentId: 'Consent ID',
    decisionDate: 'Decision date',
    saved: 'Your choices have been saved.',
    gpcHonoured: 'We honour the Global Privacy Control signal from your browser.',
  },
  categories: {
    necessary: {
      title: 'Necessary',
      description:
        'Required for the site to work, for example for security or to store your cookie choices. They cannot be turned off.',
    },
    preferences: {
      title: 'Preferences',
      description: 'Remember your settings, such as language or region.',
    },
    analytics: {
      title: 'Analytics',
      description: 'Help us understand how visitors use the site, so we can improve it.',
    },
    marketing: {
      title: 'Marketing',
      description: 'Used to show ads that may interest you, also on other sites, and to measure how well they work.',
    },
  },
  floatingButton: 'Cookie settings',
  placeholder: {
    title: '{service} is blocked',
    description: '{service} by {provider} may set cookies and send data to {country}.',
    loadOnce: 'Load once',
    alwaysAllow: 'Always allow {service}',
  },
  declaration: {
    title: 'Cookies on this site',
    empty: 'There are no cookies in this category.',
    domain: 'Domain',
  },
} satisfies Strings;

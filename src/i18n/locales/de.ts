import type { Strings } from '../strings.js';

export default {
  lang: 'de',
  dir: 'ltr',
  banner: {
    title: 'Wir verwenden Cookies',
    description:
      'Notwendige Cookies sorgen dafür, dass diese Website funktioniert. Mit Ihrer Einwilligung verwenden wir außerdem Cookies, um Ihre Einstellungen zu speichern, die Nutzung zu messen und Ihnen Werbung zu zeigen, die Sie interessieren könnte. Sie können Ihre Einwilligung jederzeit über den Link „Cookie-Einstellungen“ am Ende der Seite ändern oder widerrufen.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    preferences: 'Einstellungen',
    close: 'Ohne Einwilligung fortfahren',
    privacyPolicy: 'Datenschutzerklärung',
    cookiePolicy: 'Cookie-Richtlinie',
    changed:
      'Seit Ihrem letzten Besuch haben wir Dienste hinzugefügt oder geändert, wohin Daten gehen. Deshalb fragen wir erneut.',
  },
  preferences: {
    title: 'Cookie-Einstellungen',
    description:
      'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert. Sie können Ihre Auswahl jederzeit ändern.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    save: 'Auswahl speichern',
    close: 'Schließen',
    alwaysOn: 'Immer aktiv',
    showDetails: 'Details anzeigen',
    hideDetails: 'Details ausblenden',
    services: 'Dienste',
    provider: 'Anbieter',
    purpose: 'Zweck',
    country: 'Empfängerland',
    privacyPolicy: 'Datenschutzerklärung',
    optOut: 'Widerspruch',
    cookies: 'Cookies',
    cookieName: 'Name',
    cookieLifetime: 'Speicherdauer',
    cookiePurpose: 'Zweck',
    consentId: 'Einwilligungs-ID',
    decisionDate: 'Datum der Entscheidung',
    saved: 'Ihre Auswahl wurde gespeichert.',
    gpcHonoured: 'Wir berücksichtigen das Global-Privacy-Control-Signal Ihres Browsers.',
  },
  categories: {
    necessary: {
      title: 'Notwendig',
      description:
        'Erforderlich, damit die Website funktioniert, zum Beispiel für die Sicherheit oder um Ihre Cookie-Auswahl zu speichern. Sie können nicht deaktiviert werden.',
    },
    preferences: {
      title: 'Präferenzen',
      description: 'Speichern Ihre Einstellungen, etwa Sprache oder Region.',
    },
    analytics: {
      title: 'Statistik',
      description: 'Helfen uns zu verstehen, wie Besucher die Website nutzen, damit wir sie verbessern können.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Dienen dazu, Ihnen auch auf anderen Websites Werbung zu zeigen, die Sie interessieren könnte, und deren Wirkung zu messen.',
    },
  },
  floatingButton: 'Cookie-Einstellungen',
  placeholder: {
    title: '{service} ist blockiert',
    description: '{service} von {provider} kann Cookies setzen und Daten übermitteln. Empfängerland: {country}.',
    loadOnce: 'Einmal laden',
    alwaysAllow: '{service} immer erlauben',
  },
  declaration: {
    title: 'Cookies auf dieser Website',
    empty: 'In dieser Kategorie gibt es keine Cookies.',
    domain: 'Domain',
    status: 'Ihre aktuelle Auswahl',
    allowed: 'Erlaubt',
    denied: 'Nicht erlaubt',
    undecided: 'Sie haben noch keine Auswahl getroffen. Außer notwendigen Cookies ist alles aus, bis Sie es erlauben.',
    withdraw: 'Einwilligung widerrufen',
    withdrawn: 'Einwilligung widerrufen. Es werden nur noch notwendige Cookies verwendet.',
    session: 'Bis zum Schließen des Browsers',
    firstParty: 'Erstanbieter-Cookie',
    thirdParty: 'Drittanbieter-Cookie ({domain})',
    localStorage: 'Lokaler Speicher',
    sessionStorage: 'Sitzungsspeicher',
    type: 'Art',
    cookiesOf: 'Cookies und Speicher von {service}',
    noServices: 'In dieser Kategorie werden keine Dienste genutzt.',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'nl',
  dir: 'ltr',
  banner: {
    title: 'Wij gebruiken cookies',
    description:
      'Noodzakelijke cookies zorgen ervoor dat deze website werkt. Met uw toestemming gebruiken we ook cookies om uw instellingen te onthouden, het bezoek te meten en advertenties te tonen die u kunnen interesseren. U kunt uw toestemming altijd wijzigen of intrekken via de link ‘Cookie-instellingen’ onderaan de pagina.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    preferences: 'Instellingen',
    close: 'Doorgaan zonder te accepteren',
    privacyPolicy: 'Privacyverklaring',
    cookiePolicy: 'Cookieverklaring',
    changed:
      'Sinds uw vorige bezoek hebben we diensten toegevoegd of gewijzigd waar gegevens heen gaan, daarom vragen we het opnieuw.',
  },
  preferences: {
    title: 'Cookie-instellingen',
    description:
      'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies staan altijd aan, omdat de website zonder deze cookies niet werkt. U kunt uw keuze altijd wijzigen.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    save: 'Keuze opslaan',
    close: 'Sluiten',
    alwaysOn: 'Altijd aan',
    showDetails: 'Details tonen',
    hideDetails: 'Details verbergen',
    services: 'Diensten',
    provider: 'Aanbieder',
    purpose: 'Doel',
    country: 'Land van ontvanger',
    privacyPolicy: 'Privacyverklaring',
    optOut: 'Bezwaar',
    cookies: 'Cookies',
    cookieName: 'Naam',
    cookieLifetime: 'Bewaartermijn',
    cookiePurpose: 'Doel',
    consentId: 'Toestemmings-ID',
    decisionDate: 'Datum van keuze',
    saved: 'Uw keuze is opgeslagen.',
    gpcHonoured: 'We respecteren het Global Privacy Control-signaal van uw browser.',
  },
  categories: {
    necessary: {
      title: 'Noodzakelijk',
      description:
        'Nodig om de website te laten werken, bijvoorbeeld voor de beveiliging of om uw cookiekeuze te bewaren. Deze kunnen niet worden uitgezet.',
    },
    preferences: {
      title: 'Voorkeuren',
      description: 'Onthouden uw instellingen, zoals taal of regio.',
    },
    analytics: {
      title: 'Statistieken',
      description: 'Helpen ons te begrijpen hoe bezoekers de website gebruiken, zodat we die kunnen verbeteren.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Worden gebruikt om advertenties te tonen die u kunnen interesseren, ook op andere websites, en om te meten hoe goed die werken.',
    },
  },
  floatingButton: 'Cookie-instellingen',
  placeholder: {
    title: '{service} is geblokkeerd',
    description: '{service} van {provider} kan cookies plaatsen en gegevens doorgeven. Land van ontvanger: {country}.',
    loadOnce: 'Eenmalig laden',
    alwaysAllow: '{service} altijd toestaan',
  },
  declaration: {
    title: 'Cookies op deze website',
    empty: 'Er zijn geen cookies in deze categorie.',
    domain: 'Domein',
    status: 'Uw huidige keuze',
    allowed: 'Toegestaan',
    denied: 'Niet toegestaan',
    undecided: 'U hebt nog geen keuze gemaakt. Alles behalve noodzakelijke cookies staat uit tot u het toestaat.',
    withdraw: 'Toestemming intrekken',
    withdrawn: 'Toestemming ingetrokken. Alleen noodzakelijke cookies worden nu gebruikt.',
    session: 'Tot de browser wordt gesloten',
    firstParty: 'Eigen cookie',
    thirdParty: 'Cookie van derden ({domain})',
    localStorage: 'Lokale opslag',
    sessionStorage: 'Sessieopslag',
    type: 'Soort',
    cookiesOf: 'Cookies en opslag van {service}',
    noServices: 'In deze categorie worden geen diensten gebruikt.',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'ro',
  dir: 'ltr',
  banner: {
    title: 'Folosim cookie-uri',
    description:
      'Cookie-urile necesare asigură funcționarea site-ului. Cu consimțământul dumneavoastră, folosim și cookie-uri pentru a vă reține setările, a măsura traficul și a afișa reclame care v-ar putea interesa. Vă puteți modifica sau retrage consimțământul oricând, prin linkul „Setări cookie-uri” din partea de jos a paginii.',
    acceptAll: 'Acceptă tot',
    rejectAll: 'Respinge tot',
    preferences: 'Setări',
    close: 'Continuă fără a accepta',
    privacyPolicy: 'Politica de confidențialitate',
    cookiePolicy: 'Politica privind cookie-urile',
    changed: 'De la ultima vizită am adăugat servicii sau am schimbat unde ajung datele, așa că vă întrebăm din nou.',
  },
  preferences: {
    title: 'Setări cookie-uri',
    description:
      'Alegeți ce cookie-uri putem folosi. Cookie-urile necesare sunt mereu active, deoarece site-ul nu funcționează fără ele. Vă puteți schimba alegerea oricând.',
    acceptAll: 'Acceptă tot',
    rejectAll: 'Respinge tot',
    save: 'Salvează alegerile',
    close: 'Închide',
    alwaysOn: 'Mereu active',
    showDetails: 'Afișează detaliile',
    hideDetails: 'Ascunde detaliile',
    services: 'Servicii',
    provider: 'Furnizor',
    purpose: 'Scop',
    country: 'Țara destinatarului',
    privacyPolicy: 'Politica de confidențialitate',
    optOut: 'Opoziție',
    cookies: 'Cookie-uri',
    cookieName: 'Nume',
    cookieLifetime: 'Durată',
    cookiePurpose: 'Scop',
    consentId: 'ID-ul consimțământului',
    decisionDate: 'Data deciziei',
    saved: 'Alegerile dumneavoastră au fost salvate.',
    gpcHonoured: 'Respectăm semnalul Global Privacy Control trimis de browserul dumneavoastră.',
  },
  categories: {
    necessary: {
      title: 'Necesare',
      description:
        'Sunt indispensabile pentru funcționarea site-ului, de exemplu pentru securitate sau pentru a reține alegerea dumneavoastră privind cookie-urile. Nu pot fi dezactivate.',
    },
    preferences: {
      title: 'Preferințe',
      description: 'Rețin setările dumneavoastră, cum ar fi limba sau regiunea.',
    },
    analytics: {
      title: 'Statistici',
      description: 'Ne ajută să înțelegem cum folosesc vizitatorii site-ul, ca să îl putem îmbunătăți.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Sunt folosite pentru a afișa reclame care v-ar putea interesa, inclusiv pe alte site-uri, și pentru a le măsura eficiența.',
    },
  },
  floatingButton: 'Setări cookie-uri',
  placeholder: {
    title: '{service} este blocat',
    description:
      '{service}, oferit de {provider}, poate plasa cookie-uri și transfera date. Țara destinatarului: {country}.',
    loadOnce: 'Încarcă o singură dată',
    alwaysAllow: 'Permite întotdeauna {service}',
  },
  declaration: {
    title: 'Cookie-uri folosite pe acest site',
    empty: 'Nu există cookie-uri în această categorie.',
    domain: 'Domeniu',
    status: 'Alegerea dvs. actuală',
    allowed: 'Permis',
    denied: 'Nepermis',
    undecided: 'Nu ați ales încă. Totul, în afară de cookie-urile necesare, este oprit până când permiteți.',
    withdraw: 'Retrageți consimțământul',
    withdrawn: 'Consimțământ retras. Acum se folosesc doar cookie-urile necesare.',
    session: 'Până la închiderea browserului',
    firstParty: 'Cookie primar',
    thirdParty: 'Cookie terț ({domain})',
    localStorage: 'Stocare locală',
    sessionStorage: 'Stocare de sesiune',
    type: 'Tip',
    cookiesOf: 'Cookie-uri și stocare {service}',
    noServices: 'În această categorie nu se folosesc servicii.',
  },
} satisfies Strings;

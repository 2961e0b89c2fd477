import type { Strings } from '../strings.js';

export default {
  lang: 'da',
  dir: 'ltr',
  banner: {
    title: 'Vi bruger cookies',
    description:
      'Nødvendige cookies får hjemmesiden til at virke. Med dit samtykke bruger vi også cookies til at huske dine indstillinger, måle trafikken og vise annoncer, der kan interessere dig. Du kan til enhver tid ændre eller trække dit samtykke tilbage via linket »Cookieindstillinger« nederst på siden.',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    preferences: 'Indstillinger',
    close: 'Fortsæt uden at acceptere',
    privacyPolicy: 'Privatlivspolitik',
    cookiePolicy: 'Cookiepolitik',
    changed: 'Siden dit sidste besøg har vi tilføjet tjenester eller ændret, hvor data sendes hen, så vi spørger igen.',
  },
  preferences: {
    title: 'Cookieindstillinger',
    description:
      'Vælg, hvilke cookies vi må bruge. Nødvendige cookies er altid slået til, fordi hjemmesiden ikke virker uden dem. Du kan til enhver tid ændre dit valg.',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    save: 'Gem valg',
    close: 'Luk',
    alwaysOn: 'Altid slået til',
    showDetails: 'Vis detaljer',
    hideDetails: 'Skjul detaljer',
    services: 'Tjenester',
    provider: 'Udbyder',
    purpose: 'Formål',
    country: 'Modtagerland',
    privacyPolicy: 'Privatlivspolitik',
    optOut: 'Fravalg',
    cookies: 'Cookies',
    cookieName: 'Navn',
    cookieLifetime: 'Udløb',
    cookiePurpose: 'Formål',
    consentId: 'Samtykke-ID',
    decisionDate: 'Dato for valg',
    saved: 'Dit valg er gemt.',
    gpcHonoured: 'Vi respekterer Global Privacy Control-signalet fra din browser.',
  },
  categories: {
    necessary: {
      title: 'Nødvendige',
      description:
        'Kræves for at hjemmesiden virker, fx til sikkerhed eller til at gemme dit cookievalg. De kan ikke slås fra.',
    },
    preferences: {
      title: 'Præferencer',
      description: 'Husker dine indstillinger, fx sprog eller region.',
    },
    analytics: {
      title: 'Statistik',
      description: 'Hjælper os med at forstå, hvordan besøgende bruger hjemmesiden, så vi kan forbedre den.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Bruges til at vise annoncer, der kan interessere dig, også på andre hjemmesider, og til at måle, hvor godt de virker.',
    },
  },
  floatingButton: 'Cookieindstillinger',
  placeholder: {
    title: '{service} er blokeret',
    description: '{service} fra {provider} kan sætte cookies og overføre data. Modtagerland: {country}.',
    loadOnce: 'Indlæs én gang',
    alwaysAllow: 'Tillad altid {service}',
  },
  declaration: {
    title: 'Cookies på denne hjemmeside',
    empty: 'Der er ingen cookies i denne kategori.',
    domain: 'Domæne',
    status: 'Dit nuværende valg',
    allowed: 'Tilladt',
    denied: 'Ikke tilladt',
    undecided:
      'Du har ikke truffet et valg endnu. Alt undtagen nødvendige cookies er slået fra, indtil du tillader det.',
    withdraw: 'Tilbagekald samtykke',
    withdrawn: 'Samtykke tilbagekaldt. Nu bruges kun nødvendige cookies.',
    session: 'Indtil browseren lukkes',
    firstParty: 'Førstepartscookie',
    thirdParty: 'Tredjepartscookie ({domain})',
    localStorage: 'Lokal lagring',
    sessionStorage: 'Sessionslagring',
    type: 'Type',
    cookiesOf: 'Cookies og lagring fra {service}',
    noServices: 'Der bruges ingen tjenester i denne kategori.',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'nb',
  dir: 'ltr',
  banner: {
    title: 'Vi bruker informasjonskapsler',
    description:
      'Nødvendige informasjonskapsler sørger for at nettstedet fungerer. Med ditt samtykke bruker vi også informasjonskapsler til å huske innstillingene dine, måle trafikken og vise annonser som kan interessere deg. Du kan når som helst endre eller trekke tilbake samtykket ditt via lenken «Innstillinger for informasjonskapsler» nederst på siden.',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    preferences: 'Innstillinger',
    close: 'Fortsett uten å godta',
    privacyPolicy: 'Personvernerklæring',
    cookiePolicy: 'Erklæring om informasjonskapsler',
    changed: 'Siden ditt forrige besøk har vi lagt til tjenester eller endret hvor data sendes, derfor spør vi igjen.',
  },
  preferences: {
    title: 'Innstillinger for informasjonskapsler',
    description:
      'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler er alltid på, fordi nettstedet ikke fungerer uten dem. Du kan når som helst endre valget ditt.',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    save: 'Lagre valg',
    close: 'Lukk',
    alwaysOn: 'Alltid på',
    showDetails: 'Vis detaljer',
    hideDetails: 'Skjul detaljer',
    services: 'Tjenester',
    provider: 'Leverandør',
    purpose: 'Formål',
    country: 'Mottakerland',
    privacyPolicy: 'Personvernerklæring',
    optOut: 'Reservasjon',
    cookies: 'Informasjonskapsler',
    cookieName: 'Navn',
    cookieLifetime: 'Lagringstid',
    cookiePurpose: 'Formål',
    consentId: 'Samtykke-ID',
    decisionDate: 'Dato for valg',
    saved: 'Valget ditt er lagret.',
    gpcHonoured: 'Vi respekterer Global Privacy Control-signalet fra nettleseren din.',
  },
  categories: {
    necessary: {
      title: 'Nødvendige',
      description:
        'Kreves for at nettstedet skal fungere, for eksempel for sikkerheten eller for å lagre valget ditt om informasjonskapsler. De kan ikke slås av.',
    },
    preferences: {
      title: 'Preferanser',
      description: 'Husker innstillingene dine, for eksempel språk eller region.',
    },
    analytics: {
      title: 'Statistikk',
      description: 'Hjelper oss å forstå hvordan besøkende bruker nettstedet, slik at vi kan forbedre det.',
    },
    marketing: {
      title: 'Markedsføring',
      description:
        'Brukes til å vise annonser som kan interessere deg, også på andre nettsteder, og til å måle hvor godt de virker.',
    },
  },
  floatingButton: 'Innstillinger for informasjonskapsler',
  placeholder: {
    title: '{service} er blokkert',
    description: '{service} fra {provider} kan lagre informasjonskapsler og overføre data. Mottakerland: {country}.',
    loadOnce: 'Last inn én gang',
    alwaysAllow: 'Tillat alltid {service}',
  },
  declaration: {
    title: 'Informasjonskapsler på dette nettstedet',
    empty: 'Det er ingen informasjonskapsler i denne kategorien.',
    domain: 'Domene',
    status: 'Ditt nåværende valg',
    allowed: 'Tillatt',
    denied: 'Ikke tillatt',
    undecided:
      'Du har ikke tatt et valg ennå. Alt unntatt nødvendige informasjonskapsler er slått av til du tillater det.',
    withdraw: 'Trekk tilbake samtykke',
    withdrawn: 'Samtykket er trukket tilbake. Nå brukes bare nødvendige informasjonskapsler.',
    session: 'Til nettleseren lukkes',
    firstParty: 'Førsteparts informasjonskapsel',
    thirdParty: 'Tredjeparts informasjonskapsel ({domain})',
    localStorage: 'Lokal lagring',
    sessionStorage: 'Øktlagring',
    type: 'Type',
    cookiesOf: 'Informasjonskapsler og lagring fra {service}',
    noServices: 'Ingen tjenester brukes i denne kategorien.',
  },
} satisfies Strings;

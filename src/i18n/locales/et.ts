import type { Strings } from '../strings.js';

export default {
  lang: 'et',
  dir: 'ltr',
  banner: {
    title: 'Kasutame küpsiseid',
    description:
      'Vajalikud küpsised tagavad veebisaidi toimimise. Teie nõusolekul kasutame küpsiseid ka selleks, et jätta meelde teie seaded, mõõta külastatavust ja näidata reklaame, mis võivad teile huvi pakkuda. Võite oma nõusolekut igal ajal muuta või selle tagasi võtta lehe allosas oleva lingi „Küpsiste seaded“ kaudu.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    preferences: 'Seaded',
    close: 'Jätka nõustumata',
    privacyPolicy: 'Privaatsuspoliitika',
    cookiePolicy: 'Küpsiste kasutamise põhimõtted',
    changed:
      'Pärast teie viimast külastust lisasime teenuseid või muutsime andmete sihtkohta, seepärast küsime uuesti.',
  },
  preferences: {
    title: 'Küpsiste seaded',
    description:
      'Valige, milliseid küpsiseid võime kasutada. Vajalikud küpsised on alati sees, sest ilma nendeta veebisait ei tööta. Oma valikut saate igal ajal muuta.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    save: 'Salvesta valik',
    close: 'Sulge',
    alwaysOn: 'Alati sees',
    showDetails: 'Näita üksikasju',
    hideDetails: 'Peida üksikasjad',
    services: 'Teenused',
    provider: 'Teenusepakkuja',
    purpose: 'Eesmärk',
    country: 'Vastuvõtja riik',
    privacyPolicy: 'Privaatsuspoliitika',
    optOut: 'Vastuväide',
    cookies: 'Küpsised',
    cookieName: 'Nimi',
    cookieLifetime: 'Kehtivus',
    cookiePurpose: 'Eesmärk',
    consentId: 'Nõusoleku ID',
    decisionDate: 'Otsuse kuupäev',
    saved: 'Teie valik on salvestatud.',
    gpcHonoured: 'Järgime teie brauseri Global Privacy Controli signaali.',
  },
  categories: {
    necessary: {
      title: 'Vajalikud',
      description:
        'Tagavad veebisaidi toimimise, näiteks turvalisuse ja teie küpsisevaliku salvestamise. Neid ei saa välja lülitada.',
    },
    preferences: {
      title: 'Eelistused',
      description: 'Jätavad meelde teie seaded, näiteks keele või piirkonna.',
    },
    analytics: {
      title: 'Statistika',
      description: 'Aitavad meil mõista, kuidas külastajad veebisaiti kasutavad, et saaksime seda paremaks muuta.',
    },
    marketing: {
      title: 'Turundus',
      description:
        'Neid kasutatakse teile huvipakkuvate reklaamide näitamiseks ka teistel veebisaitidel ja nende tõhususe mõõtmiseks.',
    },
  },
  floatingButton: 'Küpsiste seaded',
  placeholder: {
    title: 'Teenus {service} on blokeeritud',
    description:
      'Teenus {service} (pakkuja {provider}) võib salvestada küpsiseid ja edastada andmeid. Vastuvõtja riik: {country}.',
    loadOnce: 'Laadi üks kord',
    alwaysAllow: 'Luba teenus {service} alati',
  },
  declaration: {
    title: 'Küpsised sellel veebisaidil',
    empty: 'Selles kategoorias küpsiseid ei ole.',
    domain: 'Domeen',
    status: 'Teie praegune valik',
    allowed: 'Lubatud',
    denied: 'Pole lubatud',
    undecided: 'Te pole veel valikut teinud. Kõik peale vajalike küpsiste on välja lülitatud, kuni te selle lubate.',
    withdraw: 'Võta nõusolek tagasi',
    withdrawn: 'Nõusolek tagasi võetud. Nüüd kasutatakse ainult vajalikke küpsiseid.',
    session: 'Kuni brauseri sulgemiseni',
    firstParty: 'Esimese osapoole küpsis',
    thirdParty: 'Kolmanda osapoole küpsis ({domain})',
    localStorage: 'Kohalik salvestusruum',
    sessionStorage: 'Seansi salvestusruum',
    type: 'Tüüp',
    cookiesOf: 'Teenuse {service} küpsised ja salvestus',
    noServices: 'Selles kategoorias teenuseid ei kasutata.',
  },
} satisfies Strings;

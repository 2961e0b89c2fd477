import type { Strings } from '../strings.js';

export default {
  lang: 'lv',
  dir: 'ltr',
  banner: {
    title: 'Mēs izmantojam sīkdatnes',
    description:
      'Nepieciešamās sīkdatnes nodrošina vietnes darbību. Ar jūsu piekrišanu mēs izmantojam sīkdatnes arī, lai atcerētos jūsu iestatījumus, mērītu apmeklējumu un rādītu reklāmas, kas jūs varētu interesēt. Jūs jebkurā laikā varat mainīt vai atsaukt savu piekrišanu, izmantojot saiti „Sīkdatņu iestatījumi” lapas apakšā.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    preferences: 'Iestatījumi',
    close: 'Turpināt bez piekrišanas',
    privacyPolicy: 'Privātuma politika',
    cookiePolicy: 'Sīkdatņu politika',
    changed:
      'Kopš jūsu pēdējā apmeklējuma esam pievienojuši pakalpojumus vai mainījuši datu galamērķi, tāpēc jautājam vēlreiz.',
  },
  preferences: {
    title: 'Sīkdatņu iestatījumi',
    description:
      'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Nepieciešamās sīkdatnes vienmēr ir ieslēgtas, jo bez tām vietne nedarbojas. Savu izvēli varat mainīt jebkurā laikā.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    save: 'Saglabāt izvēli',
    close: 'Aizvērt',
    alwaysOn: 'Vienmēr ieslēgtas',
    showDetails: 'Rādīt informāciju',
    hideDetails: 'Paslēpt informāciju',
    services: 'Pakalpojumi',
    provider: 'Nodrošinātājs',
    purpose: 'Nolūks',
    country: 'Saņēmēja valsts',
    privacyPolicy: 'Privātuma politika',
    optOut: 'Iebildumi',
    cookies: 'Sīkdatnes',
    cookieName: 'Nosaukums',
    cookieLifetime: 'Glabāšanas laiks',
    cookiePurpose: 'Nolūks',
    consentId: 'Piekrišanas ID',
    decisionDate: 'Lēmuma datums',
    saved: 'Jūsu izvēle ir saglabāta.',
    gpcHonoured: 'Mēs ievērojam jūsu pārlūkprogrammas Global Privacy Control signālu.',
  },
  categories: {
    necessary: {
      title: 'Nepieciešamās',
      description:
        'Vajadzīgas vietnes darbībai, piemēram, drošībai vai jūsu sīkdatņu izvēles saglabāšanai. Tās nevar izslēgt.',
    },
    preferences: {
      title: 'Preferenču',
      description: 'Atceras jūsu iestatījumus, piemēram, valodu vai reģionu.',
    },
    analytics: {
      title: 'Analītiskās',
      description: 'Palīdz mums saprast, kā apmeklētāji izmanto vietni, lai mēs to varētu uzlabot.',
    },
    marketing: {
      title: 'Mārketinga',
      description:
        'Tiek izmantotas, lai rādītu reklāmas, kas jūs varētu interesēt, arī citās vietnēs, un lai mērītu to efektivitāti.',
    },
  },
  floatingButton: 'Sīkdatņu iestatījumi',
  placeholder: {
    title: 'Pakalpojums {service} ir bloķēts',
    description:
      'Pakalpojums {service} (nodrošinātājs: {provider}) var saglabāt sīkdatnes un nosūtīt datus. Saņēmēja valsts: {country}.',
    loadOnce: 'Ielādēt vienreiz',
    alwaysAllow: 'Vienmēr atļaut pakalpojumu {service}',
  },
  declaration: {
    title: 'Sīkdatnes šajā vietnē',
    empty: 'Šajā kategorijā nav sīkdatņu.',
    domain: 'Domēns',
    status: 'Jūsu pašreizējā izvēle',
    allowed: 'Atļauts',
    denied: 'Nav atļauts',
    undecided: 'Jūs vēl neesat izvēlējies. Viss, izņemot nepieciešamās sīkdatnes, ir izslēgts, līdz jūs to atļausiet.',
    withdraw: 'Atsaukt piekrišanu',
    withdrawn: 'Piekrišana atsaukta. Tagad tiek izmantotas tikai nepieciešamās sīkdatnes.',
    session: 'Līdz pārlūka aizvēršanai',
    firstParty: 'Pirmās puses sīkdatne',
    thirdParty: 'Trešās puses sīkdatne ({domain})',
    localStorage: 'Vietējā krātuve',
    sessionStorage: 'Sesijas krātuve',
    type: 'Veids',
    cookiesOf: '{service} sīkdatnes un krātuve',
    noServices: 'Šajā kategorijā netiek izmantots neviens pakalpojums.',
  },
} satisfies Strings;

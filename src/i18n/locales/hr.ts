import type { Strings } from '../strings.js';

export default {
  lang: 'hr',
  dir: 'ltr',
  banner: {
    title: 'Koristimo kolačiće',
    description:
      'Nužni kolačići omogućuju rad ove stranice. Uz vašu privolu koristimo i kolačiće kako bismo zapamtili vaše postavke, mjerili posjećenost i prikazivali oglase koji bi vas mogli zanimati. Privolu možete u bilo kojem trenutku promijeniti ili povući putem poveznice „Postavke kolačića” na dnu stranice.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    preferences: 'Postavke',
    close: 'Nastavi bez prihvaćanja',
    privacyPolicy: 'Politika privatnosti',
    cookiePolicy: 'Politika kolačića',
    changed: 'Od vašeg zadnjeg posjeta dodali smo usluge ili promijenili kamo idu podaci pa ponovno pitamo.',
  },
  preferences: {
    title: 'Postavke kolačića',
    description:
      'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići uvijek su uključeni jer stranica bez njih ne radi. Svoj odabir možete promijeniti u bilo kojem trenutku.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    save: 'Spremi odabir',
    close: 'Zatvori',
    alwaysOn: 'Uvijek uključeni',
    showDetails: 'Prikaži pojedinosti',
    hideDetails: 'Sakrij pojedinosti',
    services: 'Usluge',
    provider: 'Pružatelj',
    purpose: 'Svrha',
    country: 'Zemlja primatelja',
    privacyPolicy: 'Politika privatnosti',
    optOut: 'Prigovor',
    cookies: 'Kolačići',
    cookieName: 'Naziv',
    cookieLifetime: 'Trajanje',
    cookiePurpose: 'Svrha',
    consentId: 'ID privole',
    decisionDate: 'Datum odluke',
    saved: 'Vaš je odabir spremljen.',
    gpcHonoured: 'Poštujemo signal Global Privacy Control vašeg preglednika.',
  },
  categories: {
    necessary: {
      title: 'Nužni',
      description:
        'Potrebni su za rad stranice, na primjer za sigurnost ili za spremanje vašeg odabira kolačića. Ne mogu se isključiti.',
    },
    preferences: {
      title: 'Preferencije',
      description: 'Pamte vaše postavke, na primjer jezik ili regiju.',
    },
    analytics: {
      title: 'Statistički',
      description: 'Pomažu nam razumjeti kako posjetitelji koriste stranicu kako bismo je mogli poboljšati.',
    },
    marketing: {
      title: 'Marketinški',
      description:
        'Služe za prikazivanje oglasa koji bi vas mogli zanimati, i na drugim stranicama, te za mjerenje njihove učinkovitosti.',
    },
  },
  floatingButton: 'Postavke kolačića',
  placeholder: {
    title: 'Usluga {service} je blokirana',
    description:
      'Usluga {service} (pružatelj: {provider}) može spremati kolačiće i prenositi podatke. Zemlja primatelja: {country}.',
    loadOnce: 'Učitaj jednom',
    alwaysAllow: 'Uvijek dopusti uslugu {service}',
  },
  declaration: {
    title: 'Kolačići na ovoj stranici',
    empty: 'U ovoj kategoriji nema kolačića.',
    domain: 'Domena',
    status: 'Vaš trenutačni izbor',
    allowed: 'Dopušteno',
    denied: 'Nije dopušteno',
    undecided: 'Još niste odabrali. Sve osim nužnih kolačića isključeno je dok to ne dopustite.',
    withdraw: 'Povuci privolu',
    withdrawn: 'Privola povučena. Sada se koriste samo nužni kolačići.',
    session: 'Do zatvaranja preglednika',
    firstParty: 'Kolačić prve strane',
    thirdParty: 'Kolačić treće strane ({domain})',
    localStorage: 'Lokalna pohrana',
    sessionStorage: 'Pohrana sesije',
    type: 'Vrsta',
    cookiesOf: 'Kolačići i pohrana usluge {service}',
    noServices: 'U ovoj kategoriji ne koriste se usluge.',
  },
} satisfies Strings;

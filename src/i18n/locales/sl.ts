import type { Strings } from '../strings.js';

export default {
  lang: 'sl',
  dir: 'ltr',
  banner: {
    title: 'Uporabljamo piškotke',
    description:
      'Nujni piškotki omogočajo delovanje spletnega mesta. Z vašo privolitvijo uporabljamo piškotke tudi za to, da si zapomnimo vaše nastavitve, merimo obiskanost in prikazujemo oglase, ki bi vas utegnili zanimati. Privolitev lahko kadar koli spremenite ali prekličete prek povezave »Nastavitve piškotkov« na dnu strani.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    preferences: 'Nastavitve',
    close: 'Nadaljuj brez privolitve',
    privacyPolicy: 'Politika zasebnosti',
    cookiePolicy: 'Politika piškotkov',
    changed: 'Od vašega zadnjega obiska smo dodali storitve ali spremenili, kam gredo podatki, zato znova sprašujemo.',
  },
  preferences: {
    title: 'Nastavitve piškotkov',
    description:
      'Izberite, katere piškotke smemo uporabljati. Nujni piškotki so vedno vklopljeni, ker spletno mesto brez njih ne deluje. Svojo izbiro lahko kadar koli spremenite.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    save: 'Shrani izbiro',
    close: 'Zapri',
    alwaysOn: 'Vedno vklopljeni',
    showDetails: 'Prikaži podrobnosti',
    hideDetails: 'Skrij podrobnosti',
    services: 'Storitve',
    provider: 'Ponudnik',
    purpose: 'Namen',
    country: 'Država prejemnika',
    privacyPolicy: 'Politika zasebnosti',
    optOut: 'Ugovor',
    cookies: 'Piškotki',
    cookieName: 'Ime',
    cookieLifetime: 'Trajanje',
    cookiePurpose: 'Namen',
    consentId: 'ID privolitve',
    decisionDate: 'Datum odločitve',
    saved: 'Vaša izbira je shranjena.',
    gpcHonoured: 'Upoštevamo signal Global Privacy Control vašega brskalnika.',
  },
  categories: {
    necessary: {
      title: 'Nujni',
      description:
        'Potrebni so za delovanje spletnega mesta, na primer za varnost ali shranjevanje vaše izbire glede piškotkov. Ni jih mogoče izklopiti.',
    },
    preferences: {
      title: 'Funkcionalni',
      description: 'Zapomnijo si vaše nastavitve, na primer jezik ali regijo.',
    },
    analytics: {
      title: 'Analitični',
      description: 'Pomagajo nam razumeti, kako obiskovalci uporabljajo spletno mesto, da ga lahko izboljšamo.',
    },
    marketing: {
      title: 'Oglaševalski',
      description:
        'Uporabljajo se za prikazovanje oglasov, ki bi vas utegnili zanimati, tudi na drugih spletnih mestih, in za merjenje njihove učinkovitosti.',
    },
  },
  floatingButton: 'Nastavitve piškotkov',
  placeholder: {
    title: 'Storitev {service} je blokirana',
    description:
      'Storitev {service} (ponudnik: {provider}) lahko shranjuje piškotke in prenaša podatke. Država prejemnika: {country}.',
    loadOnce: 'Naloži enkrat',
    alwaysAllow: 'Vedno dovoli storitev {service}',
  },
  declaration: {
    title: 'Piškotki na tem spletnem mestu',
    empty: 'V tej kategoriji ni piškotkov.',
    domain: 'Domena',
    status: 'Vaša trenutna izbira',
    allowed: 'Dovoljeno',
    denied: 'Ni dovoljeno',
    undecided: 'Niste se še odločili. Vse razen nujnih piškotkov je izklopljeno, dokler tega ne dovolite.',
    withdraw: 'Prekliči privolitev',
    withdrawn: 'Privolitev preklicana. Zdaj se uporabljajo samo nujni piškotki.',
    session: 'Do zaprtja brskalnika',
    firstParty: 'Piškotek prve osebe',
    thirdParty: 'Piškotek tretje osebe ({domain})',
    localStorage: 'Lokalna shramba',
    sessionStorage: 'Shramba seje',
    type: 'Vrsta',
    cookiesOf: 'Piškotki in shramba storitve {service}',
    noServices: 'V tej kategoriji ne uporabljamo storitev.',
  },
} satisfies Strings;

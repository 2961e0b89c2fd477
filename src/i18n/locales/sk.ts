import type { Strings } from '../strings.js';

export default {
  lang: 'sk',
  dir: 'ltr',
  banner: {
    title: 'Používame súbory cookie',
    description:
      'Nevyhnutné súbory cookie zabezpečujú fungovanie webu. S vaším súhlasom používame aj ďalšie, aby sme si pamätali vaše nastavenia, merali návštevnosť a zobrazovali reklamu, ktorá vás môže zaujímať. Súhlas môžete kedykoľvek zmeniť alebo odvolať cez odkaz „Nastavenia cookies“ v päte stránky.',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    preferences: 'Nastavenia',
    close: 'Pokračovať bez súhlasu',
    privacyPolicy: 'Zásady ochrany osobných údajov',
    cookiePolicy: 'Zásady používania súborov cookie',
    changed: 'Od vašej poslednej návštevy sme pridali služby alebo zmenili, kam idú údaje, preto sa pýtame znova.',
  },
  preferences: {
    title: 'Nastavenia cookies',
    description:
      'Vyberte, ktoré súbory cookie smieme používať. Nevyhnutné sú zapnuté vždy, pretože bez nich web nefunguje. Svoju voľbu môžete kedykoľvek zmeniť.',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    save: 'Uložiť voľbu',
    close: 'Zavrieť',
    alwaysOn: 'Vždy zapnuté',
    showDetails: 'Zobraziť podrobnosti',
    hideDetails: 'Skryť podrobnosti',
    services: 'Služby',
    provider: 'Poskytovateľ',
    purpose: 'Účel',
    country: 'Krajina príjemcu',
    privacyPolicy: 'Zásady ochrany osobných údajov',
    optOut: 'Odmietnutie spracúvania',
    cookies: 'Súbory cookie',
    cookieName: 'Názov',
    cookieLifetime: 'Doba platnosti',
    cookiePurpose: 'Účel',
    consentId: 'ID súhlasu',
    decisionDate: 'Dátum rozhodnutia',
    saved: 'Vaša voľba bola uložená.',
    gpcHonoured: 'Rešpektujeme signál Global Privacy Control z vášho prehliadača.',
  },
  categories: {
    necessary: {
      title: 'Nevyhnutné',
      description:
        'Bez nich web nefunguje. Slúžia napríklad na zabezpečenie alebo na uloženie vašej voľby. Nedajú sa vypnúť.',
    },
    preferences: {
      title: 'Predvoľby',
      description: 'Pamätajú si vaše nastavenia, napríklad jazyk alebo región.',
    },
    analytics: {
      title: 'Analytické',
      description: 'Pomáhajú nám pochopiť, ako návštevníci web používajú, aby sme ho mohli zlepšovať.',
    },
    marketing: {
      title: 'Marketingové',
      description:
        'Slúžia na zobrazovanie reklamy, ktorá vás môže zaujímať, aj na iných weboch a na meranie jej účinnosti.',
    },
  },
  floatingButton: 'Nastavenia cookies',
  placeholder: {
    title: 'Služba {service} je zablokovaná',
    description:
      'Služba {service} (prevádzkovateľ {provider}) môže ukladať súbory cookie a odovzdávať údaje. Krajina príjemcu: {country}.',
    loadOnce: 'Načítať raz',
    alwaysAllow: 'Vždy povoliť službu {service}',
  },
  declaration: {
    title: 'Súbory cookie na tomto webe',
    empty: 'V tejto kategórii nie sú žiadne súbory cookie.',
    domain: 'Doména',
    status: 'Vaša súčasná voľba',
    allowed: 'Povolené',
    denied: 'Nepovolené',
    undecided: 'Zatiaľ ste sa nerozhodli. Okrem nevyhnutných cookies je všetko vypnuté, kým to nepovolíte.',
    withdraw: 'Odvolať súhlas',
    withdrawn: 'Súhlas odvolaný. Teraz sa používajú iba nevyhnutné cookies.',
    session: 'Do zatvorenia prehliadača',
    firstParty: 'Cookie prvej strany',
    thirdParty: 'Cookie tretej strany ({domain})',
    localStorage: 'Lokálne úložisko',
    sessionStorage: 'Úložisko relácie',
    type: 'Typ',
    cookiesOf: 'Cookies a úložisko služby {service}',
    noServices: 'V tejto kategórii nepoužívame žiadne služby.',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'cs',
  dir: 'ltr',
  banner: {
    title: 'Používáme soubory cookie',
    description:
      'Nezbytné soubory cookie zajišťují fungování webu. S vaším souhlasem používáme i další, abychom si pamatovali vaše nastavení, měřili návštěvnost a zobrazovali reklamu, která vás může zajímat. Souhlas můžete kdykoli změnit nebo odvolat přes odkaz „Nastavení cookies“ v zápatí stránky.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    preferences: 'Nastavení',
    close: 'Pokračovat bez souhlasu',
    privacyPolicy: 'Zásady ochrany osobních údajů',
    cookiePolicy: 'Zásady používání souborů cookie',
  },
  preferences: {
    title: 'Nastavení cookies',
    description:
      'Vyberte, které soubory cookie smíme používat. Nezbytné jsou zapnuté vždy, protože bez nich web nefunguje. Svou volbu můžete kdykoli změnit.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    save: 'Uložit nastavení',
    close: 'Zavřít',
    alwaysOn: 'Vždy aktivní',
    showDetails: 'Zobrazit podrobnosti',
    hideDetails: 'Skrýt podrobnosti',
    services: 'Služby',
    provider: 'Poskytovatel',
    purpose: 'Účel',
    country: 'Země příjemce',
    privacyPolicy: 'Zásady ochrany osobních údajů',
    optOut: 'Odmítnutí zpracování',
    cookies: 'Soubory cookie',
    cookieName: 'Název',
    cookieLifetime: 'Doba platnosti',
    cookiePurpose: 'Účel',
    consentId: 'ID souhlasu',
    decisionDate: 'Datum rozhodnutí',
    saved: 'Nastavení bylo uloženo.',
    gpcHonoured: 'Respektujeme signál Global Privacy Control z vašeho prohlížeče.',
  },
  categories: {
    necessary: {
      title: 'Nezbytné',
      description:
        'Bez nich web nefunguje. Slouží například k zabezpečení nebo k uložení vaší volby. Nelze je vypnout.',
    },
    preferences: {
      title: 'Předvolby',
      description: 'Pamatují si vaše nastavení, například jazyk nebo region.',
    },
    analytics: {
      title: 'Analytické',
      description: 'Pomáhají nám pochopit, jak návštěvníci web používají, abychom ho mohli zlepšovat.',
    },
    marketing: {
      title: 'Marketingové',
      description: 'Umožňují zobrazovat reklamu, která vás může zajímat, i na jiných webech a měřit její účinnost.',
    },
  },
  floatingButton: 'Nastavení cookies',
  placeholder: {
    title: 'Služba {service} je zablokována',
    description:
      'Služba {service} (provozovatel {provider}) může ukládat soubory cookie a předávat údaje. Země příjemce: {country}.',
    loadOnce: 'Načíst jednou',
    alwaysAllow: 'Vždy povolit službu {service}',
  },
  declaration: {
    title: 'Soubory cookie na tomto webu',
    empty: 'V této kategorii nejsou žádné soubory cookie.',
    domain: 'Doména',
  },
} satisfies Strings;

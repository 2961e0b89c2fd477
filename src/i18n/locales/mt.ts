import type { Strings } from '../strings.js';

export default {
  lang: 'mt',
  dir: 'ltr',
  banner: {
    title: 'Nużaw il-cookies',
    description:
      'Il-cookies meħtieġa jħallu dan is-sit jaħdem. Bil-kunsens tiegħek, nużaw ukoll cookies biex niftakru l-issettjar tiegħek, inkejlu t-traffiku u nuruk reklami li jistgħu jinteressawk. Tista’ tibdel jew tirtira l-kunsens tiegħek fi kwalunkwe ħin permezz tal-link “Issettjar tal-cookies” fil-qiegħ tal-paġna.',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    preferences: 'Issettjar',
    close: 'Kompli mingħajr kunsens',
    privacyPolicy: 'Politika tal-privatezza',
    cookiePolicy: 'Politika dwar il-cookies',
  },
  preferences: {
    title: 'Issettjar tal-cookies',
    description:
      'Agħżel liema cookies nistgħu nużaw. Il-cookies meħtieġa huma dejjem attivi, għax is-sit ma jaħdimx mingħajrhom. Tista’ tibdel l-għażla tiegħek fi kwalunkwe ħin.',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    save: 'Issejvja l-għażliet',
    close: 'Agħlaq',
    alwaysOn: 'Dejjem attivi',
    showDetails: 'Uri d-dettalji',
    hideDetails: 'Aħbi d-dettalji',
    services: 'Servizzi',
    provider: 'Fornitur',
    purpose: 'Skop',
    country: 'Pajjiż tad-destinatarju',
    privacyPolicy: 'Politika tal-privatezza',
    optOut: 'Oġġezzjoni',
    cookies: 'Cookies',
    cookieName: 'Isem',
    cookieLifetime: 'Tul ta’ żmien',
    cookiePurpose: 'Skop',
    consentId: 'ID tal-kunsens',
    decisionDate: 'Data tad-deċiżjoni',
    saved: 'L-għażliet tiegħek ġew issejvjati.',
    gpcHonoured: 'Nirrispettaw is-sinjal Global Privacy Control tal-browser tiegħek.',
  },
  categories: {
    necessary: {
      title: 'Meħtieġa',
      description:
        'Huma meħtieġa biex is-sit jaħdem, pereżempju għas-sigurtà jew biex tinħażen l-għażla tiegħek dwar il-cookies. Ma jistgħux jintfew.',
    },
    preferences: {
      title: 'Preferenzi',
      description: 'Jiftakru l-issettjar tiegħek, bħal-lingwa jew ir-reġjun.',
    },
    analytics: {
      title: 'Analitika',
      description: 'Jgħinuna nifhmu kif il-viżitaturi jużaw is-sit, biex inkunu nistgħu ntejbuh.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Jintużaw biex nuruk reklami li jistgħu jinteressawk, anki fuq siti oħra, u biex inkejlu kemm huma effettivi.',
    },
  },
  floatingButton: 'Issettjar tal-cookies',
  placeholder: {
    title: '{service} huwa mblukkat',
    description: '{service} ta’ {provider} jista’ jpoġġi cookies u jibgħat data. Pajjiż tad-destinatarju: {country}.',
    loadOnce: 'Għabbi darba biss',
    alwaysAllow: 'Dejjem ippermetti {service}',
  },
  declaration: {
    title: 'Cookies fuq dan is-sit',
    empty: 'M’hemmx cookies f’din il-kategorija.',
    domain: 'Dominju',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'hu',
  dir: 'ltr',
  banner: {
    title: 'Sütiket használunk',
    description:
      'A szükséges sütik a webhely működéséhez kellenek. Az Ön hozzájárulásával további sütiket is használunk, hogy megjegyezzük a beállításait, mérjük a látogatottságot, és az Ön számára érdekes hirdetéseket jelenítsünk meg. Hozzájárulását bármikor módosíthatja vagy visszavonhatja az oldal alján található „Sütibeállítások” hivatkozással.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    preferences: 'Beállítások',
    close: 'Folytatás elfogadás nélkül',
    privacyPolicy: 'Adatvédelmi tájékoztató',
    cookiePolicy: 'Sütikezelési tájékoztató',
    changed:
      'Legutóbbi látogatása óta szolgáltatásokat adtunk hozzá vagy módosítottuk, hová kerülnek az adatok, ezért újra megkérdezzük.',
  },
  preferences: {
    title: 'Sütibeállítások',
    description:
      'Válassza ki, mely sütiket használhatjuk. A szükséges sütik mindig be vannak kapcsolva, mert nélkülük a webhely nem működik. Döntését bármikor módosíthatja.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    save: 'Választás mentése',
    close: 'Bezárás',
    alwaysOn: 'Mindig aktív',
    showDetails: 'Részletek megjelenítése',
    hideDetails: 'Részletek elrejtése',
    services: 'Szolgáltatások',
    provider: 'Szolgáltató',
    purpose: 'Cél',
    country: 'Címzett országa',
    privacyPolicy: 'Adatvédelmi tájékoztató',
    optOut: 'Tiltakozás',
    cookies: 'Sütik',
    cookieName: 'Név',
    cookieLifetime: 'Lejárat',
    cookiePurpose: 'Cél',
    consentId: 'Hozzájárulás azonosítója',
    decisionDate: 'Döntés dátuma',
    saved: 'Választását elmentettük.',
    gpcHonoured: 'Tiszteletben tartjuk böngészője Global Privacy Control jelzését.',
  },
  categories: {
    necessary: {
      title: 'Szükséges',
      description:
        'A webhely működéséhez nélkülözhetetlenek, például a biztonsághoz vagy a sütikkel kapcsolatos döntése tárolásához. Nem kapcsolhatók ki.',
    },
    preferences: {
      title: 'Preferenciák',
      description: 'Megjegyzik a beállításait, például a nyelvet vagy a régiót.',
    },
    analytics: {
      title: 'Statisztika',
      description: 'Segítenek megérteni, hogyan használják a látogatók a webhelyet, hogy fejleszthessük.',
    },
    marketing: {
      title: 'Marketing',
      description:
        'Az Ön számára érdekes hirdetések megjelenítésére szolgálnak, más webhelyeken is, valamint ezek hatékonyságának mérésére.',
    },
  },
  floatingButton: 'Sütibeállítások',
  placeholder: {
    title: 'Letiltott tartalom: {service}',
    description:
      '{service} (szolgáltató: {provider}) sütiket helyezhet el és adatokat továbbíthat. Címzett országa: {country}.',
    loadOnce: 'Egyszeri betöltés',
    alwaysAllow: 'Mindig engedélyezem: {service}',
  },
  declaration: {
    title: 'A webhelyen használt sütik',
    empty: 'Ebben a kategóriában nincsenek sütik.',
    domain: 'Domain',
    status: 'Jelenlegi választása',
    allowed: 'Engedélyezve',
    denied: 'Nincs engedélyezve',
    undecided: 'Még nem döntött. A szükséges sütiken kívül minden ki van kapcsolva, amíg nem engedélyezi.',
    withdraw: 'Hozzájárulás visszavonása',
    withdrawn: 'Hozzájárulás visszavonva. Most csak a szükséges sütiket használjuk.',
    session: 'A böngésző bezárásáig',
    firstParty: 'Saját süti',
    thirdParty: 'Harmadik féltől származó süti ({domain})',
    localStorage: 'Helyi tárhely',
    sessionStorage: 'Munkamenet-tárhely',
    type: 'Típus',
    cookiesOf: '{service} sütijei és tárhelye',
    noServices: 'Ebben a kategóriában nem használunk szolgáltatást.',
  },
} satisfies Strings;

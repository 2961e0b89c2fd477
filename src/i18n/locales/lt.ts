import type { Strings } from '../strings.js';

export default {
  lang: 'lt',
  dir: 'ltr',
  banner: {
    title: 'Naudojame slapukus',
    description:
      'Būtinieji slapukai užtikrina svetainės veikimą. Jums sutikus, slapukus taip pat naudojame jūsų nustatymams įsiminti, lankomumui matuoti ir jus galinčioms sudominti reklamoms rodyti. Sutikimą bet kada galite pakeisti arba atšaukti per nuorodą „Slapukų nustatymai“ puslapio apačioje.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    preferences: 'Nustatymai',
    close: 'Tęsti nesutikus',
    privacyPolicy: 'Privatumo politika',
    cookiePolicy: 'Slapukų politika',
    changed:
      'Nuo paskutinio jūsų apsilankymo pridėjome paslaugų arba pakeitėme, kur siunčiami duomenys, todėl klausiame dar kartą.',
  },
  preferences: {
    title: 'Slapukų nustatymai',
    description:
      'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai visada įjungti, nes be jų svetainė neveikia. Savo pasirinkimą galite pakeisti bet kada.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    save: 'Išsaugoti pasirinkimą',
    close: 'Uždaryti',
    alwaysOn: 'Visada įjungti',
    showDetails: 'Rodyti informaciją',
    hideDetails: 'Slėpti informaciją',
    services: 'Paslaugos',
    provider: 'Teikėjas',
    purpose: 'Tikslas',
    country: 'Gavėjo šalis',
    privacyPolicy: 'Privatumo politika',
    optOut: 'Prieštaravimas',
    cookies: 'Slapukai',
    cookieName: 'Pavadinimas',
    cookieLifetime: 'Galiojimo laikas',
    cookiePurpose: 'Tikslas',
    consentId: 'Sutikimo ID',
    decisionDate: 'Sprendimo data',
    saved: 'Jūsų pasirinkimas išsaugotas.',
    gpcHonoured: 'Paisome jūsų naršyklės „Global Privacy Control“ signalo.',
  },
  categories: {
    necessary: {
      title: 'Būtinieji',
      description:
        'Reikalingi, kad svetainė veiktų, pavyzdžiui, saugumui užtikrinti arba jūsų pasirinkimui dėl slapukų išsaugoti. Jų negalima išjungti.',
    },
    preferences: {
      title: 'Nuostatų',
      description: 'Įsimena jūsų nustatymus, pavyzdžiui, kalbą ar regioną.',
    },
    analytics: {
      title: 'Statistikos',
      description: 'Padeda mums suprasti, kaip lankytojai naudojasi svetaine, kad galėtume ją tobulinti.',
    },
    marketing: {
      title: 'Rinkodaros',
      description:
        'Naudojami jus galinčioms sudominti reklamoms rodyti, taip pat kitose svetainėse, ir jų veiksmingumui matuoti.',
    },
  },
  floatingButton: 'Slapukų nustatymai',
  placeholder: {
    title: 'Paslauga {service} užblokuota',
    description:
      'Paslauga {service} (teikėjas: {provider}) gali įrašyti slapukus ir perduoti duomenis. Gavėjo šalis: {country}.',
    loadOnce: 'Įkelti vieną kartą',
    alwaysAllow: 'Visada leisti paslaugą {service}',
  },
  declaration: {
    title: 'Šioje svetainėje naudojami slapukai',
    empty: 'Šioje kategorijoje slapukų nėra.',
    domain: 'Domenas',
    status: 'Jūsų dabartinis pasirinkimas',
    allowed: 'Leidžiama',
    denied: 'Neleidžiama',
    undecided: 'Dar nepasirinkote. Viskas, išskyrus būtinuosius slapukus, išjungta, kol neleisite.',
    withdraw: 'Atšaukti sutikimą',
    withdrawn: 'Sutikimas atšauktas. Dabar naudojami tik būtinieji slapukai.',
    session: 'Kol uždaroma naršyklė',
    firstParty: 'Pirmosios šalies slapukas',
    thirdParty: 'Trečiosios šalies slapukas ({domain})',
    localStorage: 'Vietinė saugykla',
    sessionStorage: 'Seanso saugykla',
    type: 'Tipas',
    cookiesOf: '{service} slapukai ir saugykla',
    noServices: 'Šioje kategorijoje paslaugos nenaudojamos.',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'sv',
  dir: 'ltr',
  banner: {
    title: 'Vi använder kakor',
    description:
      'Nödvändiga kakor gör att webbplatsen fungerar. Med ditt samtycke använder vi även kakor för att komma ihåg dina inställningar, mäta trafiken och visa annonser som kan intressera dig. Du kan när som helst ändra eller återkalla ditt samtycke via länken ”Inställningar för kakor” längst ned på sidan.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    preferences: 'Inställningar',
    close: 'Fortsätt utan att godkänna',
    privacyPolicy: 'Integritetspolicy',
    cookiePolicy: 'Kakpolicy',
    changed:
      'Sedan ditt senaste besök har vi lagt till tjänster eller ändrat vart data skickas, därför frågar vi igen.',
  },
  preferences: {
    title: 'Inställningar för kakor',
    description:
      'Välj vilka kakor vi får använda. Nödvändiga kakor är alltid på, eftersom webbplatsen inte fungerar utan dem. Du kan när som helst ändra ditt val.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    save: 'Spara val',
    close: 'Stäng',
    alwaysOn: 'Alltid på',
    showDetails: 'Visa detaljer',
    hideDetails: 'Dölj detaljer',
    services: 'Tjänster',
    provider: 'Leverantör',
    purpose: 'Ändamål',
    country: 'Mottagarland',
    privacyPolicy: 'Integritetspolicy',
    optOut: 'Invändning',
    cookies: 'Kakor',
    cookieName: 'Namn',
    cookieLifetime: 'Lagringstid',
    cookiePurpose: 'Ändamål',
    consentId: 'Samtyckes-ID',
    decisionDate: 'Datum för val',
    saved: 'Ditt val har sparats.',
    gpcHonoured: 'Vi respekterar Global Privacy Control-signalen från din webbläsare.',
  },
  categories: {
    necessary: {
      title: 'Nödvändiga',
      description:
        'Krävs för att webbplatsen ska fungera, till exempel för säkerheten eller för att spara ditt val om kakor. De kan inte stängas av.',
    },
    preferences: {
      title: 'Preferenser',
      description: 'Kommer ihåg dina inställningar, till exempel språk eller region.',
    },
    analytics: {
      title: 'Statistik',
      description: 'Hjälper oss att förstå hur besökare använder webbplatsen, så att vi kan förbättra den.',
    },
    marketing: {
      title: 'Marknadsföring',
      description:
        'Används för att visa annonser som kan intressera dig, även på andra webbplatser, och för att mäta hur väl de fungerar.',
    },
  },
  floatingButton: 'Inställningar för kakor',
  placeholder: {
    title: '{service} är blockerad',
    description: '{service} från {provider} kan spara kakor och överföra uppgifter. Mottagarland: {country}.',
    loadOnce: 'Läs in en gång',
    alwaysAllow: 'Tillåt alltid {service}',
  },
  declaration: {
    title: 'Kakor på den här webbplatsen',
    empty: 'Det finns inga kakor i den här kategorin.',
    domain: 'Domän',
    status: 'Ditt nuvarande val',
    allowed: 'Tillåtet',
    denied: 'Inte tillåtet',
    undecided: 'Du har inte gjort något val ännu. Allt utom nödvändiga cookies är avstängt tills du tillåter det.',
    withdraw: 'Återkalla samtycke',
    withdrawn: 'Samtycket återkallat. Nu används bara nödvändiga cookies.',
    session: 'Tills webbläsaren stängs',
    firstParty: 'Förstapartscookie',
    thirdParty: 'Tredjepartscookie ({domain})',
    localStorage: 'Lokal lagring',
    sessionStorage: 'Sessionslagring',
    type: 'Typ',
    cookiesOf: 'Cookies och lagring för {service}',
    noServices: 'Inga tjänster används i den här kategorin.',
  },
} satisfies Strings;

import type { Strings } from '../strings.js';

export default {
  lang: 'fi',
  dir: 'ltr',
  banner: {
    title: 'Käytämme evästeitä',
    description:
      'Välttämättömät evästeet pitävät sivuston toiminnassa. Suostumuksellasi käytämme evästeitä myös asetustesi muistamiseen, kävijämäärien mittaamiseen ja sinua mahdollisesti kiinnostavien mainosten näyttämiseen. Voit muuttaa tai peruuttaa suostumuksesi milloin tahansa sivun alareunan ”Evästeasetukset”-linkistä.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    preferences: 'Asetukset',
    close: 'Jatka hyväksymättä',
    privacyPolicy: 'Tietosuojaseloste',
    cookiePolicy: 'Evästekäytäntö',
    changed:
      'Olemme edellisen käyntisi jälkeen lisänneet palveluita tai muuttaneet tietojen kohdetta, joten kysymme uudelleen.',
  },
  preferences: {
    title: 'Evästeasetukset',
    description:
      'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä, koska sivusto ei toimi ilman niitä. Voit muuttaa valintaasi milloin tahansa.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    save: 'Tallenna valinnat',
    close: 'Sulje',
    alwaysOn: 'Aina käytössä',
    showDetails: 'Näytä tiedot',
    hideDetails: 'Piilota tiedot',
    services: 'Palvelut',
    provider: 'Palveluntarjoaja',
    purpose: 'Käyttötarkoitus',
    country: 'Vastaanottajamaa',
    privacyPolicy: 'Tietosuojaseloste',
    optOut: 'Kieltäytyminen',
    cookies: 'Evästeet',
    cookieName: 'Nimi',
    cookieLifetime: 'Voimassaolo',
    cookiePurpose: 'Käyttötarkoitus',
    consentId: 'Suostumustunnus',
    decisionDate: 'Valinnan päivämäärä',
    saved: 'Valintasi on tallennettu.',
    gpcHonoured: 'Noudatamme selaimesi Global Privacy Control -signaalia.',
  },
  categories: {
    necessary: {
      title: 'Välttämättömät',
      description:
        'Tarvitaan sivuston toimintaan, esimerkiksi tietoturvaan tai evästevalintasi tallentamiseen. Niitä ei voi poistaa käytöstä.',
    },
    preferences: {
      title: 'Mieltymykset',
      description: 'Muistavat asetuksesi, kuten kielen tai alueen.',
    },
    analytics: {
      title: 'Tilastointi',
      description: 'Auttavat meitä ymmärtämään, miten kävijät käyttävät sivustoa, jotta voimme parantaa sitä.',
    },
    marketing: {
      title: 'Markkinointi',
      description:
        'Käytetään sinua mahdollisesti kiinnostavien mainosten näyttämiseen myös muilla sivustoilla ja niiden tehon mittaamiseen.',
    },
  },
  floatingButton: 'Evästeasetukset',
  placeholder: {
    title: 'Palvelu {service} on estetty',
    description:
      'Palvelu {service} (palveluntarjoaja {provider}) voi tallentaa evästeitä ja siirtää tietoja. Vastaanottajamaa: {country}.',
    loadOnce: 'Lataa kerran',
    alwaysAllow: 'Salli palvelu {service} aina',
  },
  declaration: {
    title: 'Sivuston evästeet',
    empty: 'Tässä luokassa ei ole evästeitä.',
    domain: 'Verkkotunnus',
    status: 'Nykyinen valintasi',
    allowed: 'Sallittu',
    denied: 'Ei sallittu',
    undecided:
      'Et ole vielä tehnyt valintaa. Kaikki paitsi välttämättömät evästeet ovat pois päältä, kunnes sallit ne.',
    withdraw: 'Peru suostumus',
    withdrawn: 'Suostumus peruttu. Nyt käytetään vain välttämättömiä evästeitä.',
    session: 'Kunnes selain suljetaan',
    firstParty: 'Ensimmäisen osapuolen eväste',
    thirdParty: 'Kolmannen osapuolen eväste ({domain})',
    localStorage: 'Paikallinen tallennustila',
    sessionStorage: 'Istunnon tallennustila',
    type: 'Tyyppi',
    cookiesOf: 'Palvelun {service} evästeet ja tallennus',
    noServices: 'Tässä luokassa ei käytetä palveluita.',
  },
} satisfies Strings;

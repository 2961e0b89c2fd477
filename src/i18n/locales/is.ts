import type { Strings } from '../strings.js';

export default {
  lang: 'is',
  dir: 'ltr',
  banner: {
    title: 'Við notum vafrakökur',
    description:
      'Nauðsynlegar vafrakökur tryggja að vefurinn virki. Með samþykki þínu notum við einnig vafrakökur til að muna stillingarnar þínar, mæla umferð og birta auglýsingar sem gætu vakið áhuga þinn. Þú getur hvenær sem er breytt samþykki þínu eða dregið það til baka með tenglinum „Stillingar vafrakakna“ neðst á síðunni.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    preferences: 'Stillingar',
    close: 'Halda áfram án samþykkis',
    privacyPolicy: 'Persónuverndarstefna',
    cookiePolicy: 'Vafrakökustefna',
    changed:
      'Frá síðustu heimsókn þinni höfum við bætt við þjónustum eða breytt því hvert gögn fara, svo við spyrjum aftur.',
  },
  preferences: {
    title: 'Stillingar vafrakakna',
    description:
      'Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru alltaf virkar, því vefurinn virkar ekki án þeirra. Þú getur breytt vali þínu hvenær sem er.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    save: 'Vista val',
    close: 'Loka',
    alwaysOn: 'Alltaf virkar',
    showDetails: 'Sýna upplýsingar',
    hideDetails: 'Fela upplýsingar',
    services: 'Þjónustur',
    provider: 'Þjónustuveitandi',
    purpose: 'Tilgangur',
    country: 'Land viðtakanda',
    privacyPolicy: 'Persónuverndarstefna',
    optOut: 'Andmæli',
    cookies: 'Vafrakökur',
    cookieName: 'Heiti',
    cookieLifetime: 'Gildistími',
    cookiePurpose: 'Tilgangur',
    consentId: 'Auðkenni samþykkis',
    decisionDate: 'Dagsetning vals',
    saved: 'Val þitt hefur verið vistað.',
    gpcHonoured: 'Við virðum Global Privacy Control-merkið frá vafranum þínum.',
  },
  categories: {
    necessary: {
      title: 'Nauðsynlegar',
      description:
        'Þær þarf til að vefurinn virki, til dæmis vegna öryggis eða til að vista val þitt um vafrakökur. Ekki er hægt að slökkva á þeim.',
    },
    preferences: {
      title: 'Kjörstillingar',
      description: 'Muna stillingarnar þínar, til dæmis tungumál eða svæði.',
    },
    analytics: {
      title: 'Tölfræði',
      description: 'Hjálpa okkur að skilja hvernig gestir nota vefinn svo að við getum bætt hann.',
    },
    marketing: {
      title: 'Markaðssetning',
      description:
        'Eru notaðar til að birta auglýsingar sem gætu vakið áhuga þinn, einnig á öðrum vefjum, og til að mæla árangur þeirra.',
    },
  },
  floatingButton: 'Stillingar vafrakakna',
  placeholder: {
    title: 'Lokað er fyrir {service}',
    description: '{service} frá {provider} getur vistað vafrakökur og sent gögn. Land viðtakanda: {country}.',
    loadOnce: 'Hlaða einu sinni',
    alwaysAllow: 'Leyfa alltaf {service}',
  },
  declaration: {
    title: 'Vafrakökur á þessum vef',
    empty: 'Engar vafrakökur eru í þessum flokki.',
    domain: 'Lén',
    status: 'Núverandi val þitt',
    allowed: 'Leyft',
    denied: 'Ekki leyft',
    undecided: 'Þú hefur ekki valið enn. Allt nema nauðsynlegar vafrakökur er óvirkt þar til þú leyfir það.',
    withdraw: 'Draga samþykki til baka',
    withdrawn: 'Samþykki dregið til baka. Nú eru aðeins nauðsynlegar vafrakökur notaðar.',
    session: 'Þar til vafranum er lokað',
    firstParty: 'Fyrsta aðila vafrakaka',
    thirdParty: 'Þriðja aðila vafrakaka ({domain})',
    localStorage: 'Staðbundin geymsla',
    sessionStorage: 'Lotugeymsla',
    type: 'Tegund',
    cookiesOf: 'Vafrakökur og geymsla {service}',
    noServices: 'Engin þjónusta er notuð í þessum flokki.',
  },
} satisfies Strings;

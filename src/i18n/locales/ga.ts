import type { Strings } from '../strings.js';

export default {
  lang: 'ga',
  dir: 'ltr',
  banner: {
    title: 'Úsáidimid fianáin',
    description:
      'Tá fianáin riachtanacha ag teastáil chun go n-oibreoidh an suíomh seo. Le do thoiliú, úsáidimid fianáin freisin chun do shocruithe a mheabhrú, chun trácht a thomhas agus chun fógraí a thaispeáint a d’fhéadfadh suim a bheith agat iontu. Is féidir leat do thoiliú a athrú nó a tharraingt siar am ar bith tríd an nasc “Socruithe fianán” ag bun an leathanaigh.',
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    preferences: 'Socruithe',
    close: 'Lean ar aghaidh gan toiliú',
    privacyPolicy: 'Beartas príobháideachais',
    cookiePolicy: 'Beartas fianán',
    changed:
      "Ó do chuairt dheireanach chuireamar seirbhísí leis nó d'athraíomar cá dtéann sonraí, mar sin táimid ag fiafraí arís.",
  },
  preferences: {
    title: 'Socruithe fianán',
    description:
      'Roghnaigh na fianáin is féidir linn a úsáid. Bíonn na fianáin riachtanacha ar siúl i gcónaí, mar ní oibríonn an suíomh gan iad. Is féidir leat do rogha a athrú am ar bith.',
    acceptAll: 'Glac leo go léir',
    rejectAll: 'Diúltaigh dóibh go léir',
    save: 'Sábháil mo roghanna',
    close: 'Dún',
    alwaysOn: 'Ar siúl i gcónaí',
    showDetails: 'Taispeáin sonraí',
    hideDetails: 'Folaigh sonraí',
    services: 'Seirbhísí',
    provider: 'Soláthraí',
    purpose: 'Cuspóir',
    country: 'Tír an fhaighteora',
    privacyPolicy: 'Beartas príobháideachais',
    optOut: 'Agóid',
    cookies: 'Fianáin',
    cookieName: 'Ainm',
    cookieLifetime: 'Dul in éag',
    cookiePurpose: 'Cuspóir',
    consentId: 'Aitheantas an toilithe',
    decisionDate: 'Dáta an chinnidh',
    saved: 'Sábháladh do roghanna.',
    gpcHonoured: 'Urramaímid an comhartha Global Privacy Control ó do bhrabhsálaí.',
  },
  categories: {
    necessary: {
      title: 'Riachtanach',
      description:
        'Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla don tslándáil nó chun do rogha fianán a stóráil. Ní féidir iad a mhúchadh.',
    },
    preferences: {
      title: 'Roghanna',
      description: 'Meabhraíonn siad do shocruithe, mar shampla teanga nó réigiún.',
    },
    analytics: {
      title: 'Anailísíocht',
      description:
        'Cabhraíonn siad linn a thuiscint conas a úsáideann cuairteoirí an suíomh, ionas gur féidir linn é a fheabhsú.',
    },
    marketing: {
      title: 'Margaíocht',
      description:
        'Úsáidtear iad chun fógraí a d’fhéadfadh suim a bheith agat iontu a thaispeáint, ar shuíomhanna eile freisin, agus chun a n-éifeachtacht a thomhas.',
    },
  },
  floatingButton: 'Socruithe fianán',
  placeholder: {
    title: 'Tá {service} blocáilte',
    description:
      'Féadfaidh {service} ó {provider} fianáin a shocrú agus sonraí a sheoladh. Tír an fhaighteora: {country}.',
    loadOnce: 'Lódáil uair amháin',
    alwaysAllow: 'Ceadaigh {service} i gcónaí',
  },
  declaration: {
    title: 'Fianáin ar an suíomh seo',
    empty: 'Níl aon fhianáin sa chatagóir seo.',
    domain: 'Fearann',
    status: 'Do rogha reatha',
    allowed: 'Ceadaithe',
    denied: 'Gan cead',
    undecided: 'Níl rogha déanta agat fós. Tá gach rud ach fianáin riachtanacha múchta go dtí go gceadaíonn tú é.',
    withdraw: 'Tarraing siar toiliú',
    withdrawn: 'Toiliú tarraingthe siar. Ní úsáidtear ach fianáin riachtanacha anois.',
    session: 'Go dtí go ndúntar an brabhsálaí',
    firstParty: 'Fianán céadpháirtí',
    thirdParty: 'Fianán tríú páirtí ({domain})',
    localStorage: 'Stóráil áitiúil',
    sessionStorage: 'Stóráil seisiúin',
    type: 'Cineál',
    cookiesOf: 'Fianáin agus stóráil {service}',
    noServices: 'Ní úsáidtear aon seirbhís sa chatagóir seo.',
  },
} satisfies Strings;

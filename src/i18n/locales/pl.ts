import type { Strings } from '../strings.js';

export default {
  lang: 'pl',
  dir: 'ltr',
  banner: {
    title: 'Używamy plików cookie',
    description:
      'Niezbędne pliki cookie zapewniają działanie strony. Za Twoją zgodą używamy też plików cookie, aby zapamiętać Twoje ustawienia, mierzyć ruch i wyświetlać reklamy, które mogą Cię zainteresować. Zgodę możesz w każdej chwili zmienić lub wycofać za pomocą linku „Ustawienia plików cookie” na dole strony.',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    preferences: 'Ustawienia',
    close: 'Kontynuuj bez akceptacji',
    privacyPolicy: 'Polityka prywatności',
    cookiePolicy: 'Polityka plików cookie',
    changed:
      'Od Twojej ostatniej wizyty dodaliśmy usługi lub zmieniliśmy miejsce przekazywania danych, dlatego pytamy ponownie.',
  },
  preferences: {
    title: 'Ustawienia plików cookie',
    description:
      'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone, ponieważ bez nich strona nie działa. Swój wybór możesz zmienić w każdej chwili.',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    save: 'Zapisz wybór',
    close: 'Zamknij',
    alwaysOn: 'Zawsze włączone',
    showDetails: 'Pokaż szczegóły',
    hideDetails: 'Ukryj szczegóły',
    services: 'Usługi',
    provider: 'Dostawca',
    purpose: 'Cel',
    country: 'Kraj odbiorcy',
    privacyPolicy: 'Polityka prywatności',
    optOut: 'Sprzeciw',
    cookies: 'Pliki cookie',
    cookieName: 'Nazwa',
    cookieLifetime: 'Okres przechowywania',
    cookiePurpose: 'Cel',
    consentId: 'Identyfikator zgody',
    decisionDate: 'Data decyzji',
    saved: 'Twój wybór został zapisany.',
    gpcHonoured: 'Respektujemy sygnał Global Privacy Control z Twojej przeglądarki.',
  },
  categories: {
    necessary: {
      title: 'Niezbędne',
      description:
        'Potrzebne do działania strony, np. do zapewnienia bezpieczeństwa lub zapamiętania Twojego wyboru dotyczącego plików cookie. Nie można ich wyłączyć.',
    },
    preferences: {
      title: 'Preferencje',
      description: 'Zapamiętują Twoje ustawienia, np. język lub region.',
    },
    analytics: {
      title: 'Analityczne',
      description: 'Pomagają nam zrozumieć, jak odwiedzający korzystają ze strony, abyśmy mogli ją ulepszać.',
    },
    marketing: {
      title: 'Marketingowe',
      description:
        'Służą do wyświetlania reklam, które mogą Cię zainteresować, także na innych stronach, oraz do mierzenia ich skuteczności.',
    },
  },
  floatingButton: 'Ustawienia plików cookie',
  placeholder: {
    title: 'Usługa {service} jest zablokowana',
    description:
      'Usługa {service} (dostawca: {provider}) może zapisywać pliki cookie i przekazywać dane. Kraj odbiorcy: {country}.',
    loadOnce: 'Wczytaj jednorazowo',
    alwaysAllow: 'Zawsze zezwalaj na usługę {service}',
  },
  declaration: {
    title: 'Pliki cookie na tej stronie',
    empty: 'W tej kategorii nie ma plików cookie.',
    domain: 'Domena',
    status: 'Twój obecny wybór',
    allowed: 'Dozwolone',
    denied: 'Niedozwolone',
    undecided:
      'Nie dokonano jeszcze wyboru. Poza niezbędnymi plikami cookie wszystko jest wyłączone, dopóki na to nie zezwolisz.',
    withdraw: 'Wycofaj zgodę',
    withdrawn: 'Zgoda wycofana. Teraz używane są tylko niezbędne pliki cookie.',
    session: 'Do zamknięcia przeglądarki',
    firstParty: 'Plik cookie własny',
    thirdParty: 'Plik cookie podmiotu zewnętrznego ({domain})',
    localStorage: 'Pamięć lokalna',
    sessionStorage: 'Pamięć sesji',
    type: 'Rodzaj',
    cookiesOf: 'Pliki cookie i pamięć usługi {service}',
    noServices: 'W tej kategorii nie używamy żadnych usług.',
  },
} satisfies Strings;

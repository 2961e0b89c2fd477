import type { CatalogueEntry } from '../types.js';

/** Yandex Metrica: YANDEX LLC. */
const entry: CatalogueEntry = {
  id: 'yandex-metrica',
  name: 'Yandex Metrica',
  provider: 'YANDEX LLC',
  providerCountry: 'RU',
  countries: ['RU'],
  privacyPolicy: 'https://yandex.com/legal/confidential/',
  optOut: 'https://yandex.com/support/metrica/general/opt-out.html',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Měří návštěvnost a chování na stránkách, včetně map kliknutí a záznamu návštěv.',
    en: 'Measures traffic and behaviour on pages, including click maps and visit recordings.',
  },
  cookies: [
    {
      name: '_ym_uid',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '_ym_d',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '_ym_isad',
      lifetime: 'P2D',
      party: 'first',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: '^_ym_visorc',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
    {
      name: 'yandexuid',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'yandex.ru',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [
    {
      name: '^_ym',
      kind: 'local',
      purpose: { cs: 'Ukládá data pro rychlejší načtení prvku.', en: 'Stores data so the widget loads faster.' },
    },
  ],
  hosts: ['mc.yandex.ru', 'mc.yandex.com', 'yastatic.net'],
};

export default entry;

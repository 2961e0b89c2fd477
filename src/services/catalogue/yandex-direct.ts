import type { CatalogueEntry } from '../types.js';

/** Yandex Direct: YANDEX LLC. */
const entry: CatalogueEntry = {
  id: 'yandex-direct',
  name: 'Yandex Direct',
  provider: 'YANDEX LLC',
  providerCountry: 'RU',
  countries: ['RU'],
  privacyPolicy: 'https://yandex.com/legal/confidential/',
  category: 'marketing',
  kind: 'advertising',
  purpose: { cs: 'Zobrazuje a měří reklamy sítě Yandex.', en: 'Shows and measures ads of the Yandex network.' },
  cookies: [
    {
      name: 'yabs-sid',
      lifetime: 'session',
      party: 'third',
      domain: 'yandex.ru',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
  ],
  storage: [],
  hosts: ['an.yandex.ru', 'yabs.yandex.ru'],
};

export default entry;

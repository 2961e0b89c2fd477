import type { CatalogueEntry } from '../types.js';

/** TikTok embeds: TikTok Technology Limited. */
const entry: CatalogueEntry = {
  id: 'tiktok-embed',
  name: 'TikTok embeds',
  provider: 'TikTok Technology Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US', 'SG', 'MY', 'CN'],
  privacyPolicy: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje vložená videa z TikToku; poskytovatel sbírá údaje o sledování.',
    en: 'Shows embedded TikTok videos; the provider collects viewing data.',
  },
  cookies: [
    {
      name: 'ttwid',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'tiktok.com',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'msToken',
      lifetime: 'P10D',
      party: 'third',
      domain: 'tiktok.com',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [],
  hosts: ['tiktok.com', 'tiktokcdn.com', 'ttwstatic.com'],
};

export default entry;

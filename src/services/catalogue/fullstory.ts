import type { CatalogueEntry } from '../types.js';

/** FullStory: FullStory, Inc.. */
const entry: CatalogueEntry = {
  id: 'fullstory',
  name: 'FullStory',
  provider: 'FullStory, Inc.',
  providerCountry: 'US',
  countries: ['US', 'NL'],
  privacyPolicy: 'https://www.fullstory.com/legal/privacy-policy/',
  category: 'analytics',
  kind: 'session-replay',
  purpose: {
    cs: 'Nahrává návštěvy, aby šlo najít potíže v rozhraní.',
    en: 'Records visits to find problems in the interface.',
  },
  cookies: [
    {
      name: 'fs_uid',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'fs_lua',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['fullstory.com', 'edge.fullstory.com', 'rs.fullstory.com'],
};

export default entry;

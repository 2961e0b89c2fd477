import type { CatalogueEntry } from '../types.js';

/** Segment: Twilio Inc.. */
const entry: CatalogueEntry = {
  id: 'segment',
  name: 'Segment',
  provider: 'Twilio Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.twilio.com/en-us/legal/privacy',
  category: 'analytics',
  kind: 'analytics',
  purpose: {
    cs: 'Sbírá události z webu a předává je dalším analytickým a marketingovým nástrojům.',
    en: 'Collects events from the site and forwards them to other analytics and marketing tools.',
  },
  cookies: [
    {
      name: 'ajs_anonymous_id',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: 'ajs_user_id',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
  ],
  storage: [
    {
      name: '^ajs_',
      kind: 'local',
      purpose: { cs: 'Ukládá data pro rychlejší načtení prvku.', en: 'Stores data so the widget loads faster.' },
    },
  ],
  hosts: ['segment.com', 'segment.io'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Hotjar: Hotjar Ltd.. */
const entry: CatalogueEntry = {
  id: 'hotjar',
  name: 'Hotjar',
  provider: 'Hotjar Ltd.',
  providerCountry: 'MT',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
  optOut: 'https://www.hotjar.com/policies/do-not-track/',
  category: 'analytics',
  kind: 'session-replay',
  purpose: {
    cs: 'Nahrává pohyb a kliknutí na stránce a vytváří teplotní mapy a průzkumy.',
    en: 'Records movement and clicks on the page to build heatmaps and surveys.',
  },
  cookies: [
    {
      name: '^_hjSessionUser_',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Rozlišuje návštěvníky, aby šlo spočítat, kolik lidí web navštívilo.',
        en: 'Tells visitors apart so the number of people visiting can be counted.',
      },
    },
    {
      name: '^_hjSession_',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '_hjAbsoluteSessionInProgress',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
    {
      name: '_hjIncludedInSessionSample',
      lifetime: 'PT30M',
      party: 'first',
      purpose: {
        cs: 'Určuje, zda tato návštěva patří do měřeného vzorku.',
        en: 'Decides whether this visit is part of the measured sample.',
      },
    },
  ],
  storage: [
    {
      name: '^_hj',
      kind: 'local',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
    {
      name: '^_hj',
      kind: 'session',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
  ],
  hosts: ['hotjar.com', 'hotjar.io', 'static.hotjar.com'],
  consentMode: ['analytics_storage'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Crazy Egg: Crazy Egg, Inc.. */
const entry: CatalogueEntry = {
  id: 'crazy-egg',
  name: 'Crazy Egg',
  provider: 'Crazy Egg, Inc.',
  providerCountry: 'US',
  countries: ['US'],
  privacyPolicy: 'https://www.crazyegg.com/privacy',
  optOut: 'https://www.crazyegg.com/opt-out',
  category: 'analytics',
  kind: 'session-replay',
  purpose: {
    cs: 'Vytváří teplotní mapy kliknutí a nahrává návštěvy.',
    en: 'Builds click heatmaps and records visits.',
  },
  cookies: [
    {
      name: '_ce.s',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
    {
      name: '_ce.clock_data',
      lifetime: 'P1D',
      party: 'first',
      purpose: {
        cs: 'Uchovává stav prvku mezi stránkami (otevřeno, zavřeno, naposledy zobrazeno).',
        en: "Keeps the widget's state between pages (open, closed, last shown).",
      },
    },
    {
      name: 'cebs',
      lifetime: 'session',
      party: 'first',
      purpose: {
        cs: 'Spojuje zobrazení stránek jedné návštěvy dohromady.',
        en: 'Links the page views of one visit together.',
      },
    },
  ],
  storage: [],
  hosts: ['crazyegg.com', 'script.crazyegg.com'],
};

export default entry;

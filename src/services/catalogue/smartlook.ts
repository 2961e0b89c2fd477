import type { CatalogueEntry } from '../types.js';

/** Smartlook: Smartlook.com, s.r.o.. */
const entry: CatalogueEntry = {
  id: 'smartlook',
  name: 'Smartlook',
  provider: 'Smartlook.com, s.r.o.',
  providerCountry: 'CZ',
  countries: ['DE', 'CZ'],
  privacyPolicy: 'https://www.smartlook.com/help/privacy-statement/',
  category: 'analytics',
  kind: 'session-replay',
  purpose: {
    cs: 'Nahrává návštěvy, aby šlo najít potíže v rozhraní.',
    en: 'Records visits to find problems in the interface.',
  },
  cookies: [
    {
      name: 'SL_C_23361dd035530_SID',
      lifetime: 'P1Y',
      party: 'first',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
  ],
  storage: [
    {
      name: '^smartlook',
      kind: 'local',
      purpose: {
        cs: 'Nahrává pohyb po stránce, aby šlo návštěvu později přehrát.',
        en: 'Records movement on the page so the visit can be replayed later.',
      },
    },
  ],
  hosts: ['smartlook.com', 'rec.smartlook.com', 'smartlook.cloud'],
};

export default entry;

import type { CatalogueEntry } from '../types.js';

/** Instagram embeds: Meta Platforms Ireland Limited. */
const entry: CatalogueEntry = {
  id: 'instagram-embed',
  name: 'Instagram embeds',
  provider: 'Meta Platforms Ireland Limited',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://privacycenter.instagram.com/policy',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje vložené příspěvky z Instagramu; Meta při tom pozná přihlášené uživatele.',
    en: 'Shows embedded Instagram posts; Meta recognises signed-in users.',
  },
  cookies: [
    {
      name: 'ig_did',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'instagram.com',
      purpose: {
        cs: 'Pozná návštěvníka přihlášeného u poskytovatele.',
        en: 'Recognises a visitor signed in with the provider.',
      },
    },
    {
      name: 'mid',
      lifetime: 'P2Y',
      party: 'third',
      domain: 'instagram.com',
      purpose: {
        cs: 'Rozlišuje lidi od automatických robotů a chrání web před útoky.',
        en: 'Tells people from automated bots and protects the site from attacks.',
      },
    },
  ],
  storage: [],
  hosts: ['instagram.com', 'cdninstagram.com'],
};

export default entry;

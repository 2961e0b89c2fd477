import type { CatalogueEntry } from '../types.js';

/** LinkedIn embeds: LinkedIn Ireland Unlimited Company. */
const entry: CatalogueEntry = {
  id: 'linkedin-embed',
  name: 'LinkedIn embeds',
  provider: 'LinkedIn Ireland Unlimited Company',
  providerCountry: 'IE',
  countries: ['IE', 'US'],
  privacyPolicy: 'https://www.linkedin.com/legal/privacy-policy',
  category: 'marketing',
  kind: 'social',
  purpose: {
    cs: 'Zobrazuje vložené příspěvky a tlačítka LinkedInu.',
    en: 'Shows embedded LinkedIn posts and buttons.',
  },
  cookies: [
    {
      name: 'bcookie',
      lifetime: 'P1Y',
      party: 'third',
      domain: 'linkedin.com',
      purpose: {
        cs: 'Rozpoznává prohlížeč napříč weby kvůli cílení a měření reklam.',
        en: 'Recognises the browser across websites to target and measure ads.',
      },
    },
    {
      name: 'lidc',
      lifetime: 'P1D',
      party: 'third',
      domain: 'linkedin.com',
      purpose: {
        cs: 'Směruje požadavky na stejný server poskytovatele.',
        en: 'Routes requests to the same server of the provider.',
      },
    },
  ],
  storage: [],
  hosts: ['platform.linkedin.com', 'linkedin.com'],
};

export default entry;

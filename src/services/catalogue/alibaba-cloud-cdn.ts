import type { CatalogueEntry } from '../types.js';

/** Alibaba Cloud CDN: Alibaba Cloud (Singapore) Private Limited. */
const entry: CatalogueEntry = {
  id: 'alibaba-cloud-cdn',
  name: 'Alibaba Cloud CDN',
  provider: 'Alibaba Cloud (Singapore) Private Limited',
  providerCountry: 'SG',
  countries: ['SG', 'CN'],
  privacyPolicy: 'https://www.alibabacloud.com/help/en/legal/latest/alibaba-cloud-international-website-privacy-policy',
  category: 'preferences',
  kind: 'fonts-cdn',
  purpose: {
    cs: 'Doručuje soubory webu ze serverů blízko návštěvníka; poskytovatel vidí adresu IP.',
    en: "Delivers the site's files from servers near the visitor; the provider sees the IP address.",
  },
  cookies: [],
  storage: [],
  hosts: ['alicdn.com', 'aliyuncs.com', 'alikunlun.com'],
};

export default entry;

// Config of the adversarial corpus: one tracker service, with two IDN hosts (config takes them in punycode,
// as DNS does) reached by URLs in Unicode and in punycode.
window.Keks.init({
  autoShow: false,
  services: {
    ga: {
      category: 'analytics',
      provider: 'Google Ireland Limited',
      purpose: 'Visit statistics',
      country: ['IE', 'US'],
      privacyPolicy: 'https://policies.google.com/privacy',
      cookies: [{ name: '^_ga', lifetime: 730 }],
      hosts: ['google-analytics.test', 'xn--bcher-kva.test', 'xn--caf-dma.test'],
    },
  },
});

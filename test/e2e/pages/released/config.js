// One fake tracker on a loopback host: its host drives automatic blocking, its category markup gating.
window.Keks.init({
  autoShow: false,
  services: {
    late: {
      category: 'analytics',
      provider: 'Late Tracker Ltd.',
      purpose: 'Visit statistics',
      country: ['IE'],
      privacyPolicy: 'https://late-tracker.test/privacy',
      cookies: [{ name: '^_late', lifetime: 30 }],
      hosts: ['late-tracker.test'],
    },
    ads: {
      category: 'marketing',
      provider: 'Ads Ltd.',
      purpose: 'Advertising',
      country: ['IE'],
      privacyPolicy: 'https://ads.test/privacy',
      hosts: ['ads.test'],
    },
  },
});

// Shared config of the gating corpus: one service per fake third party (hosts drive automatic blocking,
// cookies drive cleanup on withdrawal). autoShow is off so the tests decide through the API.
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
      hosts: ['google-analytics.test', 'googletagmanager.test'],
    },
    hj: {
      category: 'analytics',
      provider: 'Hotjar Ltd.',
      purpose: 'Heatmaps',
      country: ['MT', 'US'],
      privacyPolicy: 'https://www.hotjar.com/legal/policies/privacy/',
      cookies: [{ name: '^_hj', lifetime: 365 }],
      hosts: ['hotjar.test'],
    },
    fb: {
      category: 'marketing',
      provider: 'Meta Platforms Ireland Limited',
      purpose: 'Advertising',
      country: ['IE', 'US'],
      privacyPolicy: 'https://www.facebook.com/privacy/policy/',
      cookies: [{ name: '_fbp', lifetime: 90 }],
      hosts: ['facebook.test'],
    },
    yt: {
      category: 'marketing',
      name: 'YouTube',
      provider: 'Google Ireland Limited',
      purpose: 'Embedded videos',
      country: ['IE', 'US'],
      privacyPolicy: 'https://policies.google.com/privacy',
      hosts: ['youtube.test'],
    },
  },
});

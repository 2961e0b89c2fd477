// The demo site's Keks config, shared by every page. A classic script placed right after keks.js
// (`Keks.init()` is the script-tag alternative to inline JSON config, and needs no inline script under
// the demo's strict CSP). One config serves both languages: purposes are given per language.
(function () {
  var en = document.documentElement.lang == 'en';
  var config = {
    revision: 1,
    googleConsentMode: true,
    ui: {
      layout: 'box',
      theme: 'auto',
      closeButton: true,
      floatingButton: {
        position: 'bottom-left',
      },
      privacyPolicyUrl: en ? 'privacy-policy.html' : 'zasady-ochrany-osobnich-udaju.html',
      cookiePolicyUrl: en ? 'cookie-policy.html' : 'zasady-cookies.html',
    },
    services: {
      ga: {
        category: 'analytics',
        name: 'Google Analytics',
        provider: 'Google LLC',
        purpose: {
          cs: 'Měření návštěvnosti a chování návštěvníků na webu',
          en: 'Measuring traffic and how visitors use the site',
        },
        country: 'US',
        privacyPolicy: 'https://policies.google.com/privacy',
        optOut: 'https://tools.google.com/dlpage/gaoptout',
        cookies: [
          {
            name: '_ga',
            lifetime: 730,
            purpose: {
              cs: 'Rozlišuje jednotlivé návštěvníky',
              en: 'Distinguishes visitors',
            },
          },
          {
            name: '^_ga_',
            lifetime: 730,
            purpose: {
              cs: 'Uchovává stav relace',
              en: 'Keeps the session state',
            },
          },
        ],
        hosts: ['google-analytics.com', 'googletagmanager.com'],
      },
      baidu: {
        category: 'analytics',
        name: 'Baidu Tongji',
        provider: 'Beijing Baidu Netcom Science Technology Co., Ltd.',
        purpose: {
          cs: 'Statistiky návštěvnosti pro čtenáře z Číny',
          en: 'Traffic statistics for readers in China',
        },
        country: 'CN',
        privacyPolicy: 'https://www.baidu.com/duty/yinsiquan-policy.html',
        cookies: [
          {
            name: '^Hm_lvt_',
            lifetime: 365,
            purpose: {
              cs: 'Čas poslední návštěvy',
              en: 'Time of the last visit',
            },
          },
        ],
        hosts: ['hm.baidu.com'],
      },
      tiktok: {
        category: 'marketing',
        name: 'TikTok Pixel',
        provider: 'TikTok Pte. Ltd.',
        purpose: {
          cs: 'Měření účinnosti reklam a cílení reklamy',
          en: 'Measuring and targeting ads',
        },
        country: ['SG', 'US'],
        privacyPolicy: 'https://www.tiktok.com/legal/privacy-policy-eea',
        cookies: [
          {
            name: '_ttp',
            lifetime: 390,
            purpose: {
              cs: 'Identifikuje prohlížeč pro reklamu',
              en: 'Identifies the browser for ads',
            },
          },
        ],
        hosts: ['analytics.tiktok.com'],
      },
      youtube: {
        category: 'marketing',
        name: 'YouTube',
        provider: 'Google Ireland Limited',
        purpose: {
          cs: 'Přehrávání vložených videí; YouTube může sledovat, co sledujete',
          en: 'Playing embedded videos; YouTube may track what you watch',
        },
        country: ['IE', 'US'],
        privacyPolicy: 'https://policies.google.com/privacy',
        hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
      },
    },
  };
  // Consent records: `npm start` (demo/serve.mjs) runs a receiver and serves this file with the marker
  // replaced by { endpoint: '/consent' }; served by anything else, the demo sends no records.
  var records = /* keks-demo-records */ null;
  if (records) config.records = records;
  // demo.js (not part of Keks) applies ?layout=…&theme=… so the demo can show every variant.
  if (window.keksDemoAdjust) window.keksDemoAdjust(config);
  window.Keks.init(config);
})();

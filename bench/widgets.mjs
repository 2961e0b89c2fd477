// The widgets under comparison, each configured as its own documentation instructs and as equivalently as
// they allow: three categories (necessary, analytics, marketing), Accept all / Reject all / Preferences,
// English, and one analytics script that waits for consent.
const TRACKER = '/bench/pages/tracker.js';
/** The embed of `--embed`: a 560×315 video frame from the same server. */
const VIDEO = '/bench/pages/video.html';
const FRAME = `width="560" height="315" title="Video: the walk in four minutes"`;

/** The embed's service, declared only on pages that have it (`--embed`). */
const VIDEO_SERVICE = {
  video: {
    category: 'marketing',
    name: 'Video',
    provider: 'Example Video Ltd',
    purpose: 'Embedded videos',
    country: ['IE', 'US'],
    privacyPolicy: 'https://video.example/privacy',
  },
};

/** Keks from the script tag with `extra` config on top of the three categories. */
const keks = (label, extra = {}) => ({
  label,
  files: /^\/dist\/cdn\//,
  head: (o) => `<script type="application/json" id="keks-config">${JSON.stringify({
    categories: { necessary: { necessary: true }, analytics: {}, marketing: {} },
    language: { force: 'en' },
    ...extra,
    ...(o.embed ? { services: { ...extra.services, ...VIDEO_SERVICE } } : {}),
  })}</script>
    <script src="/dist/cdn/keks.js"></script>`,
  embed: `<iframe data-category="marketing" data-service="video" data-src="${VIDEO}" ${FRAME}></iframe>`,
  trackers: `<script type="text/plain" data-category="analytics" src="${TRACKER}"></script>`,
  banner: `(() => { const b = document.querySelector('keks-banner'); const s = b && b.shadowRoot && b.shadowRoot.querySelector('[part~=banner]'); return s; })()`,
  cookie: 'keks',
});

export const WIDGETS = {
  none: {
    label: 'no widget (baseline)',
    head: '',
    trackers: `<script src="${TRACKER}"></script>`,
    embed: `<iframe src="${VIDEO}" ${FRAME}></iframe>`,
  },
  keks: keks('Keks'),
  // Not in the default run (`--widgets keks-hosts,…`): the same with automatic blocking by host switched on, which
  // also looks for scripts and frames while the page is parsed (a parser-inserted tracker must not run).
  'keks-hosts': keks('Keks with hosts', {
    services: {
      ga: {
        category: 'analytics',
        provider: 'Google Ireland Limited',
        purpose: 'Visit statistics',
        country: ['IE', 'US'],
        privacyPolicy: 'https://policies.google.com/privacy',
        hosts: ['www.google-analytics.com'],
      },
    },
  }),
  cookieconsent: {
    label: 'vanilla-cookieconsent 3.1.0',
    files: /^\/node_modules\/vanilla-cookieconsent\//,
    head: `<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css" />
    <script defer src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
    <script defer src="/bench/pages/cookieconsent-config.js"></script>`,
    trackers: `<script type="text/plain" data-category="analytics" src="${TRACKER}"></script>`,
    // Holding frames takes its separate iframemanager library: on its own it loads the embed at once.
    embed: `<iframe src="${VIDEO}" ${FRAME}></iframe>`,
    banner: `document.querySelector('#cc-main .cm')`,
    cookie: 'cc_cookie',
  },
  klaro: {
    label: 'klaro 0.7.22',
    files: /^\/node_modules\/klaro\/|klaro-config/,
    head: `<script defer src="/bench/pages/klaro-config.js"></script>
    <script defer src="/node_modules/klaro/dist/klaro.js"></script>`,
    trackers: `<script type="text/plain" data-type="application/javascript" data-name="analytics" data-src="${TRACKER}"></script>`,
    // Contextual consent: klaro puts its own placeholder before the frame.
    embed: `<iframe data-name="marketing" data-src="${VIDEO}" ${FRAME}></iframe>`,
    banner: `document.querySelector('.klaro .cookie-notice')`,
    cookie: 'klaro',
  },
};

/**
 * The gating corpus: one page per vector in test/e2e/pages/gating/,
 * with what accepting its category must load, exactly.
 */
export type Category = 'analytics' | 'marketing';

export interface Vector {
  /** Page file name without `.html`. */
  page: string;
  /** Tracker host whose requests are counted. */
  host: string;
  category: Category;
  /** Requests to `host` once the category is granted (no reload). */
  requests: number;
  /** Executions (`window.__tracker_runs` entries for `host`) once granted. */
  runs: number;
  /** First-party cookie the tracker sets once granted, deleted on withdrawal. */
  cookie?: string;
  /** Network vectors: the page tries again (`again()`) once granted, and that one must go through. */
  retrigger?: boolean;
  /**
   * Hints that Chromium performs without any HTTP request (preconnect, dns-prefetch): held means the
   * `<link>` has no `href` the browser could act on. Checked on the element instead of the request log.
   */
  hrefOnly?: boolean;
}

const GA = 'www.google-analytics.test';
const YT = 'www.youtube.test';

export const VECTORS: Vector[] = [
  { page: 'inline', host: GA, category: 'analytics', requests: 1, runs: 1, cookie: '_ga_inline' },
  { page: 'src', host: GA, category: 'analytics', requests: 1, runs: 1, cookie: '_ga' },
  { page: 'async', host: GA, category: 'analytics', requests: 1, runs: 1, cookie: '_ga' },
  { page: 'defer', host: GA, category: 'analytics', requests: 1, runs: 1, cookie: '_ga' },
  { page: 'module', host: GA, category: 'analytics', requests: 1, runs: 1, cookie: '_ga' },
  { page: 'gtm', host: 'www.googletagmanager.test', category: 'analytics', requests: 1, runs: 1, cookie: '_ga' },
  { page: 'meta-pixel', host: 'connect.facebook.test', category: 'marketing', requests: 1, runs: 1, cookie: '_fbp' },
  { page: 'bundle', host: 'static.hotjar.test', category: 'analytics', requests: 1, runs: 1, cookie: '_hjSession' },
  { page: 'innerhtml-img', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'innerhtml-iframe', host: YT, category: 'marketing', requests: 1, runs: 0 },
  { page: 'document-write', host: GA, category: 'analytics', requests: 1, runs: 1, cookie: '_ga' },
  { page: 'shadow', host: GA, category: 'analytics', requests: 4, runs: 2, cookie: '_ga' },
  { page: 'template', host: GA, category: 'analytics', requests: 2, runs: 1, cookie: '_ga' },
  { page: 'iframe', host: YT, category: 'marketing', requests: 1, runs: 0 },
  { page: 'media', host: GA, category: 'analytics', requests: 4, runs: 0 },
  { page: 'image', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'pixel', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'link-preload', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'link-prefetch', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'link-stylesheet', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'link-preconnect', host: GA, category: 'analytics', requests: 0, runs: 0, hrefOnly: true },
  { page: 'link-dns-prefetch', host: GA, category: 'analytics', requests: 0, runs: 0, hrefOnly: true },
  { page: 'link-injected', host: GA, category: 'analytics', requests: 1, runs: 0 },
  { page: 'fetch', host: GA, category: 'analytics', requests: 1, runs: 0, retrigger: true },
  { page: 'xhr', host: GA, category: 'analytics', requests: 1, runs: 0, retrigger: true },
  { page: 'beacon', host: GA, category: 'analytics', requests: 1, runs: 0, retrigger: true },
];

/** Pages are served with this policy: every script needs the nonce, so a released script without it fails. */
export const NONCE = 'keks-e2e';
// No `object-src 'none'`: the corpus has an <embed>, which that directive would block for good.
export const NONCE_CSP = `script-src 'nonce-${NONCE}'; base-uri 'none'`;

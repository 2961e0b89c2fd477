// A returning visitor who granted analytics and marketing: every vector of the corpus is
// released while the page parses (from the observer, `document.readyState == 'loading'`), and each one
// really loads, exactly once: its request reaches the host. Chromium ignores `src` set on an iframe
// from the observer during parsing (the frame stays at about:blank), so attributes alone prove nothing.
import { describe, expect, it } from 'vitest';
import { newPage, trackerRuns, e2eSuite, cspOnTestPages } from '../harness/index';
import { NONCE, VECTORS } from './vectors';

// The corpus's nonce policy, plus the tracker hosts: for a returning visitor nothing is held, so the
// snippets' own scripts (GTM, Meta pixel, document.write) load as they would without Keks, which under
// a nonce-only policy means not at all. A site that uses such snippets allows their hosts.
const CSP = `script-src 'nonce-${NONCE}' http://*.test; base-uri 'none'`;

const e2e = e2eSuite({ server: { csp: cspOnTestPages(CSP) } });

// Markup vectors: network calls (`retrigger`) need a page action, preconnect hints make no request.
const MARKUP = VECTORS.filter((v) => !v.retrigger && !v.hrefOnly);

describe('returning visitor with analytics and marketing granted', () => {
  for (const v of MARKUP) {
    it(`${v.page}: loads on arrival, ${v.requests} request(s) and ${v.runs} run(s), once`, async () => {
      const tp = await newPage(e2e.browser);
      const { page } = tp;
      try {
        // First page view: decide, then come back (the stored decision is read in <head>).
        await page.goto(e2e.server.url(`/test/e2e/pages/gating/${v.page}.html`));
        await page.evaluate(() =>
          (window as unknown as { Keks: { save(s: { categories: string[] }): void } }).Keks.save({
            categories: ['analytics', 'marketing'],
          }),
        );
        await page.waitForLoadState('load');
        // The decision is in the cookie once the lazy write chunk has run (a string: vitest leaves it alone).
        await page.evaluate('import("/dist/cdn/keks-write.js").then(() => new Promise((r) => setTimeout(r)))');
        // The first view's own request must not be counted as the returning view's (a busy machine is late).
        if (v.requests) await e2e.server.waitForRequest(v.host, '/', 10000);
        await page.waitForLoadState('networkidle');
        e2e.server.clear();
        await page.reload();
        await page.waitForLoadState('load');
        await e2e.server.waitForRequest(v.host, '/', 5000);
        await expect
          .poll(() => e2e.server.requestsTo(v.host).length, { timeout: 5000, message: `requests to ${v.host}` })
          .toBe(v.requests);
        await expect.poll(async () => (await trackerRuns(page)).filter((r) => r.host == v.host).length).toBe(v.runs);
        // Nothing more arrives later: exactly once.
        await page.waitForTimeout(400);
        expect(
          e2e.server.requestsTo(v.host).map((r) => r.path),
          'no second request',
        ).toHaveLength(v.requests);
        expect((await trackerRuns(page)).filter((r) => r.host == v.host)).toHaveLength(v.runs);
        expect(tp.errors).toEqual([]);
      } finally {
        await tp.close();
      }
    });
  }
});

// No script gadget, and Trusted Types (W3C CSP3 nonces, W3C Trusted Types), in Chromium: under a nonce
// CSP the gate never gives the page's nonce to markup that does not carry it (an HTML injection must
// not become script execution), never releases data: or blob: scripts, and under
// `require-trusted-types-for 'script'` releases through its own policy `keks`; when the page does not
// allow that policy, the refused release is reported and consent is still saved and the banner closed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  documentCookies,
  launchBrowser,
  newPage,
  startServer,
  trackerRuns,
  type TestPage,
  type TestServer,
} from '../harness/index';
import { NONCE, NONCE_CSP } from './vectors';

let server: TestServer;
let browser: Browser;
let tp: TestPage | undefined;
const TT_ALLOWED = `script-src 'nonce-${NONCE}'; require-trusted-types-for 'script'; trusted-types keks lit-html page`;

beforeAll(async () => {
  server = await startServer({ csp: (path) => (path.startsWith('/test/e2e/pages/') ? NONCE_CSP : undefined) });
  browser = await launchBrowser({ port: server.port });
});
afterEach(async () => {
  await tp?.close();
  tp = undefined;
  server.clear();
  server.setCsp((path) => (path.startsWith('/test/e2e/pages/') ? NONCE_CSP : undefined));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Win = {
  Keks: { acceptAll(): void };
  inject(): void;
  __pwned?: string[];
  __legit?: string[];
  __decided?: string[];
};
const win = <K extends keyof Win>(p: Page, key: K): Promise<Win[K]> =>
  p.evaluate((k) => (window as unknown as Win)[k as K], key);

describe('no script gadget under a nonce CSP', () => {
  it('injected gated scripts without the nonce, and data:/blob: sources, never run; the page’s own do', async () => {
    const refused = ["does not carry the page's CSP nonce", 'has a data: source', 'has a blob: source'];
    tp = await newPage(browser, { allowConsole: refused });
    const { page } = tp;
    await page.goto(server.url('/test/e2e/pages/gadget/injected.html'));
    await page.waitForLoadState('load');
    await page.evaluate(() => (window as unknown as Win).inject());
    await page.evaluate(() => (window as unknown as Win).Keks.acceptAll());
    await expect.poll(() => win(page, '__legit'), { timeout: 10_000 }).toEqual(['analytics']);
    // Every refusal is named on the console: 4 in markup, the same 4 parsed again by `innerHTML +=`, the one
    // it adds, data: and blob:.
    await expect
      .poll(() => tp!.console.filter((e) => e.startsWith('error:') && refused.some((r) => e.includes(r))).length, {
        timeout: 10_000,
      })
      .toBe(11);
    expect(await win(page, '__pwned')).toBeUndefined();
    expect(server.requestsTo('www.google-analytics.test')).toEqual([]);
    // Nothing else went wrong: no CSP violation, no other error.
    expect(tp.errors).toEqual([]);
  });
});

describe('Trusted Types', () => {
  it("with `trusted-types keks` allowed, the banner's accept releases markup and created scripts, with no violation", async () => {
    server.setCsp((path) => (path.startsWith('/test/e2e/pages/') ? TT_ALLOWED : undefined));
    tp = await newPage(browser);
    const { page } = tp;
    await page.goto(server.url('/test/e2e/pages/gadget/trusted-types.html'));
    await page.locator('keks-banner [part~="accept"]').click({ timeout: 15_000 });
    await expect
      .poll(async () => (await trackerRuns(page)).map((r) => r.path).sort(), { timeout: 10_000 })
      .toEqual(['/gtm.js', '/inline', '/tt.js']);
    await expect.poll(() => page.locator('keks-banner [part~="banner"]').isVisible()).toBe(false);
    expect(await win(page, '__decided')).toContain('analytics');
    expect(tp.errors).toEqual([]);
  });

  it('when the page does not allow the policy, releasing fails loudly but the decision is saved, announced and the banner closes', async () => {
    server.setCsp((path) =>
      path.startsWith('/test/e2e/pages/')
        ? `script-src 'nonce-${NONCE}'; require-trusted-types-for 'script'; trusted-types lit-html page`
        : undefined,
    );
    tp = await newPage(browser, {
      allowConsole: ['keks: could not release', 'TrustedTypePolicy', 'TrustedScript', 'Trusted Type'],
    });
    const { page } = tp;
    await page.goto(server.url('/test/e2e/pages/gadget/trusted-types.html'));
    await page.locator('keks-banner [part~="accept"]').click({ timeout: 15_000 });
    await expect.poll(() => page.locator('keks-banner [part~="banner"]').isVisible()).toBe(false);
    expect(await win(page, '__decided')).toContain('analytics');
    expect((await documentCookies(page)).keks).toMatch(/^1~/);
    await expect
      .poll(() => tp!.console.filter((e) => e.includes('keks: could not release')).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    // The markup scripts stay unrun: the browser refused plain strings, as Trusted Types requires.
    expect((await trackerRuns(page)).map((r) => r.path)).not.toContain('/inline');
  });
});

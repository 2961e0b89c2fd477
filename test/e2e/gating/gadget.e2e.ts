// No script gadget, and Trusted Types (W3C CSP3 nonces, W3C Trusted Types), in Chromium: under a nonce
// CSP the gate never gives the page's nonce to markup that does not carry it (an HTML injection must
// not become script execution), never releases data: or blob: scripts, and under
// `require-trusted-types-for 'script'` releases through its own policy `keks`; when the page does not
// allow that policy, the refused release is reported and consent is still saved and the banner closed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentCookies, newPage, trackerRuns, e2eSuite, cspOnTestPages } from '../harness/index';
import { NONCE, NONCE_CSP } from './vectors';

const TT_ALLOWED = `script-src 'nonce-${NONCE}'; require-trusted-types-for 'script'; trusted-types keks lit-html page`;

const e2e = e2eSuite({ server: { csp: cspOnTestPages(NONCE_CSP) }, reset: { csp: true } });

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
    e2e.tp = await newPage(e2e.browser, { allowConsole: refused });
    const { page } = e2e.tp;
    await page.goto(e2e.server.url('/test/e2e/pages/gadget/injected.html'));
    await page.waitForLoadState('load');
    await page.evaluate(() => (window as unknown as Win).inject());
    await page.evaluate(() => (window as unknown as Win).Keks.acceptAll());
    await expect.poll(() => win(page, '__legit'), { timeout: 10_000 }).toEqual(['analytics']);
    // Every refusal is named on the console: 4 in markup, the same 4 parsed again by `innerHTML +=`, the one
    // it adds, data: and blob:.
    await expect
      .poll(() => e2e.tp!.console.filter((e) => e.startsWith('error:') && refused.some((r) => e.includes(r))).length, {
        timeout: 10_000,
      })
      .toBe(11);
    expect(await win(page, '__pwned')).toBeUndefined();
    expect(e2e.server.requestsTo('www.google-analytics.test')).toEqual([]);
    // Nothing else went wrong: no CSP violation, no other error.
    expect(e2e.tp.errors).toEqual([]);
  });
});

describe('Trusted Types', () => {
  it("with `trusted-types keks` allowed, the banner's accept releases markup and created scripts, with no violation", async () => {
    e2e.server.setCsp(cspOnTestPages(TT_ALLOWED));
    e2e.tp = await newPage(e2e.browser);
    const { page } = e2e.tp;
    await page.goto(e2e.server.url('/test/e2e/pages/gadget/trusted-types.html'));
    await page.locator('keks-banner [part~="accept"]').click({ timeout: 15_000 });
    await expect
      .poll(async () => (await trackerRuns(page)).map((r) => r.path).sort(), { timeout: 10_000 })
      .toEqual(['/gtm.js', '/inline', '/tt.js']);
    await expect.poll(() => page.locator('keks-banner [part~="banner"]').isVisible()).toBe(false);
    expect(await win(page, '__decided')).toContain('analytics');
    expect(e2e.tp.errors).toEqual([]);
  });

  it('when the page does not allow the policy, releasing fails loudly but the decision is saved, announced and the banner closes', async () => {
    e2e.server.setCsp(
      cspOnTestPages(`script-src 'nonce-${NONCE}'; require-trusted-types-for 'script'; trusted-types lit-html page`),
    );
    e2e.tp = await newPage(e2e.browser, {
      allowConsole: ['keks: could not release', 'TrustedTypePolicy', 'TrustedScript', 'Trusted Type'],
    });
    const { page } = e2e.tp;
    await page.goto(e2e.server.url('/test/e2e/pages/gadget/trusted-types.html'));
    await page.locator('keks-banner [part~="accept"]').click({ timeout: 15_000 });
    await expect.poll(() => page.locator('keks-banner [part~="banner"]').isVisible()).toBe(false);
    expect(await win(page, '__decided')).toContain('analytics');
    expect((await documentCookies(page)).keks).toMatch(/^1~/);
    await expect
      .poll(() => e2e.tp!.console.filter((e) => e.includes('keks: could not release')).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    // The markup scripts stay unrun: the browser refused plain strings, as Trusted Types requires.
    expect((await trackerRuns(page)).map((r) => r.path)).not.toContain('/inline');
  });
});

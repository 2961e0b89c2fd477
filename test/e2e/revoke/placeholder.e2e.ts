// Contextual placeholders in a real browser: the built loader holds a YouTube-like
// iframe, the gate puts <keks-placeholder> before it, and the placeholder requests nothing from that host.
// "Load once" loads it for this page view only; "Always allow" grants that one service; Reject never loads it.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, newPage, repoRoot, runAxe, e2eSuite } from '../harness/index';

const HOST = 'www.shop.test';
const YT = 'www.youtube.test';
const DIR = '/test/e2e/pages/revoke/';
// Strict (no inline script or style anywhere), plus frames from the one embed host.
const CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self' http://${YT}`;

type KeksWindow = { Keks: import('../../../src/api-types').KeksApi };

const e2e = e2eSuite({
  server: { firstPartyHosts: [HOST], csp: CSP },
  setup: async (server) => {
    // The stand-in UI module (placeholder + wiring only), built from src/ as the real UI build would.
    const out = await build({
      entryPoints: [fileURLToPath(new URL(`../pages/revoke/placeholder-ui.ts`, import.meta.url))],
      bundle: true,
      format: 'esm',
      target: 'es2021',
      write: false,
      tsconfig: `${repoRoot}/tsconfig.json`,
      logLevel: 'silent',
    });
    const js = out.outputFiles[0].text;
    server.route(`${DIR}placeholder-ui.js`, (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Security-Policy': CSP }).end(js);
    });
  },
});

const embedRequests = () => e2e.server.requestsTo(YT);
const keks = <T>(page: Page, fn: (k: KeksWindow['Keks']) => T) =>
  page.evaluate(`(${fn.toString()})(window.Keks)`) as Promise<Awaited<T>>;

/** Open the page and wait until the placeholder is rendered (the UI module loaded and dressed it). */
async function open(reuse?: Page): Promise<Page> {
  const page = reuse ?? (e2e.tp = await newPage(e2e.browser)).page;
  if (reuse) await page.reload();
  else await page.goto(`http://${HOST}:${e2e.server.port}${DIR}placeholder.html`);
  await page.getByRole('heading', { name: 'YouTube is blocked' }).waitFor();
  return page;
}

/** Let the browser act on whatever it was going to do (a frame load would be requested by now). */
const settle = (page: Page) => page.waitForTimeout(300);

describe('placeholder for a held embed', () => {
  it('stands in for the iframe, sized like it, accessible, and requests nothing from its host', async () => {
    const page = await open();
    await settle(page);
    expect(embedRequests()).toEqual([]);
    const ph = page.locator('keks-placeholder');
    expect(await ph.getAttribute('service')).toBe('youtube');
    // The held iframe is the placeholder's next sibling, hidden, with no src, and not rendered, although the
    // page's CSS (embeds.css, like many resets) gives iframes `display: block`, which beats `hidden` alone.
    expect(
      await ph.evaluate((el) => [
        el.nextElementSibling?.tagName,
        (el.nextElementSibling as HTMLElement).hidden,
        el.nextElementSibling?.hasAttribute('src'),
        el.nextElementSibling?.getClientRects().length,
      ]),
    ).toEqual(['IFRAME', true, false, 0]);
    expect(await page.getByText(/send data to Ireland \(IE\) and United States \(US\)/).count()).toBe(1);
    const box = (await ph.boundingBox())!;
    expect([Math.round(box.width), Math.round(box.height)]).toEqual([560, 315]);
    // The box the gate reserved inline is gone once the element is defined (its own sheet sizes it now).
    expect(await ph.evaluate((el) => [el.style.length, el.hasAttribute('style')])).toEqual([0, false]);
    const v = await runAxe(page);
    expect(v, formatViolations(v)).toEqual([]);
    // No CSP violation (they are console errors): the sizing works under style-src 'self'.
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('"Load once" (keyboard) loads exactly this embed once and records no consent; a reload holds it again', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Load once' }).focus();
    await page.keyboard.press('Enter');
    await e2e.server.waitForRequest(YT, '/embed/x');
    await settle(page);
    expect(embedRequests().map((r) => r.path)).toEqual(['/embed/x']);
    expect(await page.locator('keks-placeholder').count()).toBe(0);
    // Shown again, as the page's CSS lays it out (its own inline style is given back: none here).
    expect(
      await page
        .locator('iframe')
        .evaluate((el: HTMLIFrameElement) => [el.hidden, el.src, getComputedStyle(el).display, el.style.length]),
    ).toEqual([false, `http://${YT}/embed/x`, 'block', 0]);
    expect(await keks(page, (k) => [k.getConsent().decided, k.accepted('youtube'), k.accepted('marketing')])).toEqual([
      false,
      false,
      false,
    ]);
    expect((await e2e.tp!.context.cookies()).map((c) => c.name)).not.toContain('keks');

    e2e.server.clear();
    await open(page);
    await settle(page);
    expect(embedRequests()).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('"Always allow" (Space) grants only that service, never its category, and it stays allowed', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Always allow YouTube' }).focus();
    await page.keyboard.press(' ');
    await e2e.server.waitForRequest(YT, '/embed/x');
    await settle(page);
    expect(embedRequests().map((r) => r.path)).toEqual(['/embed/x']);
    expect(await page.locator('keks-placeholder').count()).toBe(0);
    expect(
      await keks(page, (k) => [
        k.accepted('youtube'),
        k.accepted('marketing'),
        k.accepted('pixel'),
        k.accepted('analytics'),
        k.getConsent().source,
      ]),
    ).toEqual([true, false, false, false, 'placeholder']);
    expect((await e2e.tp!.context.cookies()).map((c) => c.name)).toContain('keks');

    // The next page view holds it no more: no placeholder.
    e2e.server.clear();
    await page.reload();
    await page.locator('iframe[data-keks="done"]').waitFor({ state: 'attached' });
    expect(await page.locator('keks-placeholder').count()).toBe(0);
    // Released while the page parses (from the observer): the frame really loads, once (not left at about:blank).
    await e2e.server.waitForRequest(YT, '/embed/x');
    await settle(page);
    expect(await page.locator('iframe').getAttribute('src')).toBe(`http://${YT}/embed/x`);
    expect(embedRequests().map((r) => r.path)).toEqual(['/embed/x']);
    expect(await page.frames()[1]?.evaluate(() => location.href)).toBe(`http://${YT}/embed/x`);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('Reject all never loads it, and accepting another category leaves it held', async () => {
    const page = await open();
    await keks(page, (k) => k.rejectAll());
    await settle(page);
    expect(embedRequests()).toEqual([]);
    expect(await page.locator('keks-placeholder').count()).toBe(1);
    await open(page);
    await settle(page);
    expect(embedRequests()).toEqual([]);

    await keks(page, (k) => k.save({ categories: ['analytics'] }));
    await settle(page);
    expect(embedRequests()).toEqual([]);
    expect(await page.getByRole('heading', { name: 'YouTube is blocked' }).count()).toBe(1);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('withdrawing the service after "Always allow" holds the embed again on the next page', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Always allow YouTube' }).click();
    await e2e.server.waitForRequest(YT, '/embed/x');
    await keks(page, (k) => k.rejectAll());
    e2e.server.clear();
    await open(page);
    await settle(page);
    expect(embedRequests()).toEqual([]);
    expect(await keks(page, (k) => k.accepted('youtube'))).toBe(false);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

// The same placeholder page with the real UI chunk (dist/cdn/keks-ui.js): the UI defines <keks-placeholder>
// and wires it (src/ui/define.ts, controller), so the product path is proven, not only the stand-in UI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, newPage, repoRoot, runAxe, e2eSuite } from '../harness/index';
import { BUILT_IN_LANGUAGES } from '../../../src/i18n/built-in';

const HOST = 'www.shop.test';
const YT = 'www.youtube.test';
const DIR = '/test/e2e/pages/revoke/';
const CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self' http://${YT}`;

/** While set, the UI chunk is served only once it resolves: the page paints before the UI arrives. */
let holdUi: Promise<void> | undefined;

const e2e = e2eSuite({
  server: { firstPartyHosts: [HOST], csp: CSP },
  setup: (server) => {
    server.route('/dist/cdn/keks-ui.js', async (_req, res) => {
      await holdUi;
      res
        .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' })
        .end(readFileSync(`${repoRoot}/dist/cdn/keks-ui.js`));
    });
    // placeholder.html minus its uiUrl: keks-ui.js next to keks.js, as on a real site.
    const html = readFileSync(`${repoRoot}${DIR}placeholder.html`, 'utf8').replace(/^\s*"uiUrl": .*\n/m, '');
    server.route(`${DIR}placeholder-real-ui.html`, (req, res) => {
      // ?lang=cs: the same page in Czech (longer text than English); ?column: in a 280 px column (column.css).
      const q = new URL(req.url!, 'http://x').searchParams;
      let page = html.replace('<html lang="en">', `<html lang="${q.get('lang') || 'en'}">`);
      if (q.has('column')) page = page.replace('</head>', '<link rel="stylesheet" href="column.css" /></head>');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP }).end(page);
    });
  },
});

const keks = <T>(page: Page, fn: (k: import('../../../src/api-types').KeksApi) => T) =>
  page.evaluate(`(${fn.toString()})(window.Keks)`) as Promise<Awaited<T>>;

async function open(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  e2e.tp = await newPage(e2e.browser, { context: { colorScheme } });
  await e2e.tp.page.goto(`http://${HOST}:${e2e.server.port}${DIR}placeholder-real-ui.html`);
  await e2e.tp.page.getByRole('heading', { name: 'YouTube is blocked' }).waitFor();
  return e2e.tp.page;
}

describe('placeholder with the real UI chunk', () => {
  it('is defined and dressed by keks-ui.js, accessible, and requests nothing from the embed host', async () => {
    const page = await open();
    expect(e2e.server.requestsTo(HOST).map((r) => r.path)).toContain('/dist/cdn/keks-ui.js');
    await page.waitForTimeout(300);
    expect(e2e.server.requestsTo(YT)).toEqual([]);
    expect(await page.getByText(/send data to Ireland \(IE\) and United States \(US\)/).count()).toBe(1);
    const v = await runAxe(page);
    expect(v, formatViolations(v)).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('is accessible in the dark colour scheme, and Reject all leaves it held', async () => {
    const page = await open('dark');
    const bg = await page
      .locator('keks-placeholder')
      .evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    const v = await runAxe(page);
    expect(v, formatViolations(v)).toEqual([]);
    await keks(page, (k) => k.rejectAll());
    await page.waitForTimeout(300);
    expect(e2e.server.requestsTo(YT)).toEqual([]);
    expect(await page.getByRole('heading', { name: 'YouTube is blocked' }).count()).toBe(1);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('"Load once" loads it once without consent; "Always allow" grants only YouTube', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Load once' }).click();
    await e2e.server.waitForRequest(YT, '/embed/x');
    expect(await keks(page, (k) => [k.getConsent().decided, k.accepted('youtube')])).toEqual([false, false]);

    await e2e.tp!.close();
    const page2 = await open();
    e2e.server.clear();
    await page2.getByRole('button', { name: 'Always allow YouTube' }).click();
    await e2e.server.waitForRequest(YT, '/embed/x');
    await page2.waitForTimeout(300);
    expect(e2e.server.requestsTo(YT)).toHaveLength(1);
    expect(
      await keks(page2, (k) => [
        k.accepted('youtube'),
        k.accepted('marketing'),
        k.accepted('pixel'),
        k.getConsent().source,
      ]),
    ).toEqual([true, false, false, 'placeholder']);
    expect(e2e.tp!.errors).toEqual([]);
  });

  // At 320 px the 560×315 embed is 304×171, too short for its placeholder's text: the box is reserved taller.
  // So it is in a narrow column on a wide screen: the reservation follows the box, not the viewport.
  it.each([
    ['a desktop page in English', 'lang=en', { width: 1280, height: 800 }],
    ['a 320 px phone page in Czech', 'lang=cs', { width: 320, height: 640 }],
    ['a 280 px column of a desktop page in Czech', 'lang=cs&column', { width: 1280, height: 800 }],
  ])(
    "keeps the embed's box while the UI loads, so nothing below it moves (no layout shift): %s",
    async (_, query, viewport) => {
      let release!: () => void;
      holdUi = new Promise((r) => (release = r));
      try {
        e2e.tp = await newPage(e2e.browser, { viewport });
        const page = e2e.tp.page;
        // Layout shifts are only observable, never listed later: record them from the start.
        await page.addInitScript(() => {
          const w = window as unknown as { shifts: number[] };
          w.shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`http://${HOST}:${e2e.server.port}${DIR}placeholder-real-ui.html?${query}`, {
          waitUntil: 'commit',
        });
        await e2e.server.waitForRequest(HOST, '/dist/cdn/keks-ui.js');
        // The page has painted (two frames) while the UI is still on its way.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const before = await page.getByText('Text after the video.').evaluate((p) => p.getBoundingClientRect().top);
        release();
        const title = page.locator('keks-placeholder h2');
        await title.waitFor();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const after = await page.getByText('Text after the video.').evaluate((p) => p.getBoundingClientRect().top);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
        expect(await title.textContent()).toBe(
          query.includes('cs') ? 'Služba YouTube je zablokována' : 'YouTube is blocked',
        );
        // The text fits in the box it was given: nothing below moved because nothing grew.
        const [box, content] = await page.locator('keks-placeholder').evaluate((p) => {
          const base = p.shadowRoot!.querySelector('[part=base]')!;
          const last = base.lastElementChild!.getBoundingClientRect();
          return [p.getBoundingClientRect().bottom, last.bottom];
        });
        expect(content).toBeLessThan(box);
        expect(after).toBe(before);
        expect(shifts).toEqual([]);
        // And it holds at this width: every check axe makes passes (contrast, target size, names).
        const v = await runAxe(page);
        expect(v, formatViolations(v)).toEqual([]);
        expect(e2e.tp.errors).toEqual([]);
      } finally {
        release();
        holdUi = undefined;
      }
    },
  );

  it('fits its text in the box reserved for it, in every built-in language, from a 264 px box up', async () => {
    // The reservation (embed-box.ts) is a guess the gate makes without the text: a translation that grows
    // past it brings the layout shift back. Each language, at box widths from a narrow phone column up.
    const page = await open();
    const outgrown: string[] = [];
    for (const lang of BUILT_IN_LANGUAGES) {
      await page.evaluate(async (l) => {
        document.documentElement.lang = l;
        await (window as unknown as { Keks: import('../../../src/api-types').KeksApi }).Keks.setLanguage(l);
      }, lang);
      for (let width = 264; width <= 560; width += 8) {
        const [height, reserved, text] = await page.evaluate(async (w) => {
          // An inline style through the CSSOM: the page's CSP allows it.
          document.querySelector('main')!.style.width = w + 'px';
          const p = document.querySelector('keks-placeholder') as HTMLElement & { updateComplete: Promise<unknown> };
          await p.updateComplete;
          const box = p.getBoundingClientRect();
          const floor = parseFloat(getComputedStyle(p, '::before').paddingTop);
          return [box.height, Math.max(floor, (box.width * 315) / 560), p.shadowRoot!.querySelector('h2')!.textContent];
        }, width);
        if (height > reserved + 0.5)
          outgrown.push(`${lang} at ${width} px: ${Math.round(height - reserved)} px (${text})`);
      }
    }
    expect(outgrown).toEqual([]);
  });
});

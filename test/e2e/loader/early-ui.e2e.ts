// A first visit does not wait for the whole page before it fetches the UI: keks.js asks for keks-ui.js and
// the page's language while the parser is still busy, and the banner shows once the page is parsed (never
// earlier: how it looks depends on what the page holds, here a <keks-declaration> after the held parser).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPage, repoRoot, e2eSuite } from '../harness/index';

const DIR = '/test/e2e/pages/loader/';
const e2e = e2eSuite({ reset: { routes: true } });

describe('first visit on a page still being parsed', () => {
  it('fetches the UI and its language meanwhile, and shows the banner once the page is parsed', async () => {
    let letGo!: () => void;
    const parser = new Promise<void>((r) => (letGo = r));
    e2e.server.route('/parser-wait.js', (_req, res) => {
      void parser.then(() => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(''));
    });
    try {
      e2e.tp = await newPage(e2e.browser);
      const page = e2e.tp.page;
      await page.goto(e2e.server.url(DIR + 'slow-page.html'), { waitUntil: 'commit' });
      await e2e.server.waitForRequest('127.0.0.1', '/parser-wait.js', 15_000);
      // Both arrive while the parser waits: before, the UI was fetched only after DOMContentLoaded.
      await e2e.server.waitForRequest('127.0.0.1', '/dist/cdn/keks-ui.js', 15_000);
      await e2e.server.waitForRequest('127.0.0.1', '/dist/cdn/keks-ui-cs.js', 15_000);
      // The UI is mounted and its language is in (two frames after the file arrived), and it still shows
      // nothing: the page is not parsed yet.
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                !!customElements.get('keks-banner') &&
                performance
                  .getEntriesByType('resource')
                  .some((e) => /keks-ui-cs\.js$/.test(e.name) && (e as PerformanceResourceTiming).responseEnd > 0),
            ),
          { timeout: 15_000 },
        )
        .toBe(true);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => [document.readyState, document.querySelectorAll('keks-banner').length])).toEqual(
        ['loading', 0],
      );
      letGo();
      // Shown as a bar, because this is a cookie-policy page: the declaration came after the held script.
      const banner = page.locator('keks-banner');
      await page.getByRole('button', { name: 'Přijmout vše' }).waitFor({ timeout: 15_000 });
      expect(await banner.getAttribute('layout')).toBe('bar');
      expect(e2e.tp.errors).toEqual([]);
    } finally {
      letGo();
    }
  });
});

describe("the UI's language file", () => {
  /** Serve keks-ui.js only once `until` settles (the real file, from dist). */
  const holdUi = (until: Promise<unknown>) =>
    e2e.server.route('/dist/cdn/keks-ui.js', (_req, res) => {
      void until.then(() =>
        res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(`${repoRoot}/dist/cdn/keks-ui.js`)),
      );
    });

  it('is fetched beside the UI, not after it: one round trip less before the banner', async () => {
    // keks-ui.js waits until its language file has been asked for: only keks.js can have asked.
    holdUi(e2e.server.waitForRequest('127.0.0.1', '/dist/cdn/keks-ui-cs.js', 15_000));
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.page.goto(e2e.server.url(DIR + 'language.html?lang=cs-CZ'));
    await e2e.tp.page.getByRole('button', { name: 'Přijmout vše' }).waitFor({ timeout: 15_000 });
    expect(e2e.server.requestsTo('127.0.0.1', '/dist/cdn/keks-ui-cs.js')).toHaveLength(1);
    expect(e2e.tp.errors).toEqual([]);
  });

  it('is not guessed for a language without a built-in translation (nothing is requested that is not there)', async () => {
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.page.goto(e2e.server.url(DIR + 'language.html?lang=eo'));
    // Esperanto has no translation and the default is English: the UI shows English.
    await e2e.tp.page.getByRole('button', { name: 'Accept all' }).waitFor({ timeout: 15_000 });
    const asked = e2e.server.requests.map((r) => r.path).filter((p) => /keks-ui-[a-z]+\.js/.test(p));
    expect(asked).toEqual(['/dist/cdn/keks-ui-en.js']);
    expect(e2e.tp.errors).toEqual([]);
  });
});

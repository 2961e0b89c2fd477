// The script-tag loader in real Chromium, through the built dist/cdn/keks.js:
// <head> before <body>, event order, the lazy UI boundary counted in requests, tabs, bfcache,
// Consent Mode order, blocked cookies and invalid config.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { ConsentState } from '../../../src/api-types';
import { chromiumArgs, newPage, repoRoot, trackerRuns, e2eSuite } from '../harness/index';
import { DENIED_DEFAULT } from '../../helpers/consent-mode';

const DIR = '/test/e2e/pages/loader/';

const e2e = e2eSuite({ reset: { headers: true } });

type W = {
  Keks: import('../../../src/api-types').KeksApi;
  __events: [string, string | null, string][];
  __pageshows: boolean[];
  __bodyAtLoad: string;
  __tagRuns?: number;
  __tagSaw?: string[];
  dataLayer: ArrayLike<unknown>[];
};
const events = (p: Page) => p.evaluate(() => (window as unknown as W).__events.map((e) => e[0]));
const consent = (p: Page): Promise<ConsentState> => p.evaluate(() => (window as unknown as W).Keks.getConsent());
const uiRequests = () => e2e.server.requestsTo('127.0.0.1', '/dist/cdn/keks-ui');
const dataLayer = (p: Page) =>
  p.evaluate(() =>
    (window as unknown as W).dataLayer.map((e) => [Object.prototype.toString.call(e), e[0], e[1], e[2]]),
  );

/**
 * Wait until the decisions made so far are in the cookie: the write chunk (keks-write.js) has loaded
 * and the queued writes have run (they run in the microtasks right after it arrives).
 */
const written = (p: Page, chunk = '/dist/cdn/keks-write.js') =>
  // A string, so vitest does not rewrite the page's import() as its own.
  p.evaluate(`import(${JSON.stringify(chunk)}).then(() => new Promise((r) => setTimeout(r)))`);

async function open(file = 'index.html', opts: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  e2e.tp = await newPage(e2e.browser, opts);
  await e2e.tp.page.goto(e2e.server.url(DIR + file));
  return e2e.tp.page;
}

describe('script tag in <head>', () => {
  it('runs before <body> exists without an error, exposes window.Keks, and reads the inline JSON config', async () => {
    const page = await open();
    expect(await page.evaluate(() => (window as unknown as W).__bodyAtLoad)).toBe('none');
    expect(await page.evaluate(() => typeof (window as unknown as W).Keks.init)).toBe('function');
    expect(await page.evaluate(() => Object.keys((window as unknown as W).Keks.getConfig()!.services))).toEqual(['ga']);
    expect(await page.evaluate(() => (window as unknown as W).Keks.version)).toMatch(/^\d+\.\d+\.\d+/);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('also starts from a Keks.init() call right after the loader', async () => {
    const page = await open('init-call.html');
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConfig()!.categoryIds)).toEqual([
      'necessary',
      'analytics',
    ]);
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('api'));
    await written(page);
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it("copies the loader's CSP nonce onto released scripts, and imports the UI under a nonce-only policy", async () => {
    const csp = "default-src 'self'; script-src 'nonce-k3ks-n0nce'; style-src 'self'";
    e2e.server.setHeaders((r): Record<string, string> =>
      r.path.endsWith('nonce.html') ? { 'Content-Security-Policy': csp } : {},
    );
    const page = await open('nonce.html');
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConfig()!.nonce)).toBe('k3ks-n0nce');
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('api'));
    await written(page);
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1); // blocked by CSP without the nonce
    e2e.server.clear();
    await page.evaluate(() => (window as unknown as W).Keks.showBanner());
    expect(uiRequests().map((r) => r.path)).toContain('/dist/cdn/keks-ui.js');
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('reads config from a data-keks-config script; a second copy of the loader reuses the first API, so there is one state and nothing runs twice', async () => {
    const page = await open('twice.html');
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConfig()!.revision)).toBe(3);
    expect(
      await page.evaluate(
        () => (window as unknown as W & { __firstKeks: unknown }).__firstKeks === (window as unknown as W).Keks,
      ),
    ).toBe(true);
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('banner'));
    await written(page);
    expect(await events(page)).toEqual(['consent', 'update']); // one store, one set of events
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as W).__tagRuns)).toBe(1); // released once
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('hideFromBots: a crawler gets no banner, no UI download, and nothing granted', async () => {
    const page = await open('bots.html', {
      context: { userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
    });
    await page.waitForLoadState('networkidle');
    expect(uiRequests()).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConsent().granted)).toEqual(['necessary']);
    expect(await page.evaluate(() => (window as unknown as W).__tagRuns ?? 0)).toBe(0);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('resolves keks-ui.js next to the loader script', async () => {
    const page = await open('quiet.html');
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConfig()!.uiUrl)).toBe(
      e2e.server.url('/dist/cdn/keks-ui.js'),
    );
  });
});

describe('events and the lazy UI boundary', () => {
  it('first visit: requests keks-ui.js; a decision fires consent then update; nothing gated runs before it', async () => {
    const page = await open();
    await expect.poll(() => uiRequests().length).toBeGreaterThan(0);
    expect(await events(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as W).__tagRuns ?? 0)).toBe(0);
    expect(e2e.server.requestsTo('www.google-analytics.test')).toEqual([]);
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('banner'));
    await written(page);
    expect(await page.evaluate(() => (window as unknown as W).__events)).toEqual([
      ['consent', 'banner', 'necessary preferences analytics marketing'],
      ['update', 'banner', 'necessary preferences analytics marketing'],
    ]);
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    expect(await trackerRuns(page)).toEqual([{ host: 'www.google-analytics.test', path: '/ga.js' }]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('returning visitor: restore then update on load, and zero requests for the UI or a locale', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as W).Keks.rejectAll('banner'));
    await written(page);
    await page.waitForLoadState('networkidle');
    e2e.server.clear();
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as W).__events)).toEqual([
      ['restore', 'banner', 'necessary'],
      ['update', 'banner', 'necessary'],
    ]);
    expect(e2e.server.requestsTo('127.0.0.1', '/dist/cdn/keks.js')).toHaveLength(1); // the count is live
    expect(uiRequests()).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as W).__tagRuns ?? 0)).toBe(0);
    // A listener added late still gets the restored decision (replay).
    expect(
      await page.evaluate(() => new Promise((r) => (window as unknown as W).Keks.on('restore', (d) => r(d.source)))),
    ).toBe('banner');
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('showPreferences on a returning visit is what loads the UI', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as W).Keks.rejectAll('banner'));
    await written(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    e2e.server.clear();
    await page.evaluate(() => (window as unknown as W).Keks.showPreferences());
    expect(uiRequests().map((r) => r.path)).toContain('/dist/cdn/keks-ui.js');
    expect(e2e.tp!.errors).toEqual([]);
  });
});

describe('the npm build in a browser', () => {
  it('is the same API as window.Keks; the UI is its own dynamic import, fetched on a first visit only', async () => {
    const npmUi = () => e2e.server.requestsTo('127.0.0.1', '/dist/npm/ui/');
    const lit = () => e2e.server.requestsTo('127.0.0.1', '/node_modules/lit');
    const page = await open('npm.html');
    await page.waitForFunction(() => !!(window as unknown as { __npm?: unknown }).__npm);
    expect(await page.evaluate(() => (window as unknown as { __npm: unknown }).__npm)).toEqual({
      same: true,
      decided: false,
    });
    await expect.poll(() => npmUi().length).toBeGreaterThan(0);
    await expect.poll(() => lit().length).toBeGreaterThan(0);
    expect((await dataLayer(page))[0].slice(1, 3)).toEqual(['consent', 'default']);
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('banner'));
    await written(page, '/dist/npm/write-decision.js');
    expect(await events(page)).toEqual(['consent', 'update']);
    await page.waitForLoadState('networkidle');
    e2e.server.clear();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __npm?: { decided: boolean } }).__npm?.decided);
    await page.waitForLoadState('networkidle');
    expect(await events(page)).toEqual(['restore', 'update']);
    expect(e2e.server.requestsTo('127.0.0.1', '/dist/npm/index.js')).toHaveLength(1);
    expect(npmUi()).toEqual([]);
    expect(lit()).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

describe('the way back to the settings', () => {
  it("a returning visitor's footer link marked data-keks-open loads the UI and opens the preferences", async () => {
    const page = await open('quiet.html');
    await page.evaluate(() => (window as unknown as W).Keks.rejectAll('banner'));
    await written(page);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(uiRequests()).toEqual([]);
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    expect(uiRequests().map((r) => r.path)).toContain('/dist/cdn/keks-ui.js');
    expect(await page.evaluate(() => location.hash)).toBe(''); // the link did not navigate
    expect(e2e.tp!.errors).toEqual([]);
  });
});

describe('the way back to the settings while the UI downloads', () => {
  afterEach(() => e2e.server.clearRoutes());

  it('a footer link clicked while keks-ui.js is still on its way opens the preferences once it has loaded', async () => {
    // The floating button's stand-in requests the UI when used; the UI answers only after the link's click.
    const page = await open('floating.html');
    await page.evaluate(() => (window as unknown as W).Keks.rejectAll('banner'));
    await written(page);
    const js = readFileSync(join(repoRoot, 'dist/cdn/keks-ui.js'));
    let answeredAt = 0;
    e2e.server.route('/dist/cdn/keks-ui.js', (_req, res) => {
      setTimeout(() => {
        answeredAt = Date.now();
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(js);
      }, 1500);
    });
    e2e.server.clear();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('keks-fab button').click();
    await e2e.server.waitForRequest('127.0.0.1', '/dist/cdn/keks-ui.js');
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    const clickedAt = Date.now();
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 5000 }).toBe(1);
    expect(answeredAt, 'the click came before the UI arrived').toBeGreaterThan(clickedAt);
    expect(await page.locator('dialog[open]').getByRole('heading').first().isVisible()).toBe(true);
    expect(uiRequests().filter((r) => r.path == '/dist/cdn/keks-ui.js')).toHaveLength(1);
    expect(await page.evaluate(() => location.href)).toBe(e2e.server.url(DIR + 'floating.html')); // did not navigate
    expect(e2e.tp!.errors).toEqual([]);
  });
});

describe('other tabs and the back/forward cache', () => {
  it('a decision in one tab reaches another open tab without reload, releasing what it grants', async () => {
    const a = await open();
    const b = await e2e.tp!.context.newPage();
    await b.goto(e2e.server.url(DIR + 'index.html'));
    await a.evaluate(() => (window as unknown as W).Keks.save({ categories: ['analytics'] }, 'preferences'));
    await written(a);
    await b.waitForFunction(() => (window as unknown as W).Keks.getConsent().decided);
    expect((await consent(b)).granted).toEqual(['necessary', 'analytics']);
    expect(await b.evaluate(() => (window as unknown as W).__events)).toEqual([
      ['consent', 'preferences', 'necessary analytics'],
      ['update', 'preferences', 'necessary analytics'],
    ]);
    await b.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    expect(await b.evaluate(() => (window as unknown as W).__pageshows)).toEqual([false]); // no reload happened
    // The other tab told Consent Mode too, before its gate released the tag.
    expect((await dataLayer(b)).at(-1)!.slice(1, 3)).toEqual(['consent', 'update']);
    expect((await dataLayer(b)).at(-1)![3]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
    expect(await b.evaluate(() => (window as unknown as W).__tagSaw!.at(-1))).toBe('consent:update');
    await a.evaluate(() => (window as unknown as W).Keks.rejectAll('preferences'));
    await written(a);
    await b.waitForFunction(() => (window as unknown as W).__events.length == 4);
    expect(await events(b)).toEqual(['consent', 'update', 'change', 'update']);
    expect((await consent(b)).granted).toEqual(['necessary']);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('a page restored from the back/forward cache re-reads consent made elsewhere', async () => {
    // playwright-core launches Chromium with --disable-back-forward-cache; this test needs it on.
    const bfBrowser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
      args: [...chromiumArgs, `--host-resolver-rules=MAP *.test 127.0.0.1:${e2e.server.port}`],
    });
    try {
      e2e.tp = await newPage(bfBrowser);
      const page = e2e.tp.page;
      await page.goto(e2e.server.url(DIR + 'quiet.html'));
      await page.evaluate(() => (window as unknown as W).Keks.rejectAll('banner'));
      await written(page);
      await page.goto(e2e.server.url(DIR + 'other.html'));
      await page.evaluate(() => (window as unknown as W).Keks.acceptAll('preferences'));
      await written(page);
      // history.back(): playwright's goBack() waits for a navigation that a bfcache restore never reports.
      await page.evaluate(() => history.back());
      await page.waitForFunction(() => (window as unknown as W).__pageshows?.includes(true));
      expect(await page.evaluate(() => location.pathname)).toBe(DIR + 'quiet.html');
      expect(await page.evaluate(() => (window as unknown as W).__pageshows)).toEqual([false, true]); // really from bfcache
      await page.waitForFunction(() => (window as unknown as W).Keks.getConsent().granted.includes('marketing'));
      expect(await events(page)).toEqual(['consent', 'update', 'change', 'update']);
      expect(await page.evaluate(() => (window as unknown as W).__events[2][1])).toBe('preferences');
      // What the restored page now allows is released without a reload.
      await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
      expect(e2e.tp.errors).toEqual([]);
    } finally {
      await e2e.tp?.close();
      e2e.tp = undefined;
      await bfBrowser.close();
    }
  });
});

describe('Google Consent Mode v2', () => {
  it("first visit: default is dataLayer entry 0 (an Arguments object), before Google's own snippet", async () => {
    const page = await open();
    const dl = await dataLayer(page);
    expect(dl[0]).toEqual(['[object Arguments]', 'consent', 'default', { ...DENIED_DEFAULT, wait_for_update: 500 }]);
    expect(dl.slice(1).map((e) => e[1])).toEqual(['js', 'config']);
    await page.evaluate(() => (window as unknown as W).Keks.save({ categories: ['analytics'] }, 'preferences'));
    await written(page);
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    // The tag was released only after the update was in the queue.
    expect(await page.evaluate(() => (window as unknown as W).__tagSaw)).toEqual([
      'consent:default',
      'js',
      'config',
      'consent:update',
    ]);
    const update = (await dataLayer(page))[3];
    expect(update[3]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });

  it("returning visitor: the update from the stored decision is entry 1, before any tag and before Google's snippet", async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('banner'));
    await written(page);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    const dl = await dataLayer(page);
    expect(dl.map((e) => (e[1] == 'consent' ? 'consent:' + e[2] : e[1]))).toEqual([
      'consent:default',
      'consent:update',
      'js',
      'config',
    ]);
    expect(dl[1][3]).toMatchObject({
      ad_storage: 'granted',
      analytics_storage: 'granted',
      security_storage: 'granted',
    });
    expect(await page.evaluate(() => (window as unknown as W).__tagSaw!.slice(0, 2))).toEqual([
      'consent:default',
      'consent:update',
    ]);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

describe('failures that must not break the page', () => {
  it('cookies blocked (sandboxed origin: document.cookie throws): Keks.acceptAll() works for the page view', async () => {
    e2e.server.setHeaders((r): Record<string, string> =>
      r.path.endsWith('sandboxed.html') ? { 'Content-Security-Policy': 'sandbox allow-scripts' } : {},
    );
    // No third-party tracker on this page: the fake one writes document.cookie itself, which throws here.
    const page = await open('sandboxed.html');
    expect(await page.evaluate(() => origin)).toBe('null');
    expect(
      await page.evaluate(() => {
        try {
          return document.cookie;
        } catch (e) {
          return (e as Error).name;
        }
      }),
    ).toBe('SecurityError');
    await page.evaluate(() => (window as unknown as W).Keks.acceptAll('banner'));
    expect((await consent(page)).decided).toBe(true);
    expect(await page.evaluate(() => (window as unknown as W).Keks.accepted('analytics'))).toBe(true);
    expect(await events(page)).toEqual(['consent', 'update']);
    await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
    await page.evaluate(() => (window as unknown as W).Keks.rejectAll('preferences'));
    expect(await page.evaluate(() => (window as unknown as W).Keks.accepted('analytics'))).toBe(false);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('cookies blocked by the browser setting (writes silently dropped): decisions work in memory, no exception', async () => {
    // A profile whose content setting blocks every cookie, as a visitor can choose in Chrome's settings.
    const dir = mkdtempSync(join(tmpdir(), 'keks-no-cookies-'));
    mkdirSync(join(dir, 'Default'));
    writeFileSync(
      join(dir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: [...chromiumArgs, `--host-resolver-rules=MAP *.test 127.0.0.1:${e2e.server.port}`],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
      await page.goto(e2e.server.url(DIR + 'quiet.html'));
      expect(await page.evaluate(() => ((document.cookie = 'probe=1; path=/'), document.cookie))).toBe('');
      await page.evaluate(() => (window as unknown as W).Keks.save({ categories: ['analytics'] }, 'preferences'));
      await written(page);
      expect(await page.evaluate(() => (window as unknown as W).Keks.getConsent().decided)).toBe(true);
      expect(await events(page)).toEqual(['consent', 'update']);
      await page.waitForFunction(() => (window as unknown as W).__tagRuns === 1);
      await page.evaluate(() => (window as unknown as W).Keks.rejectAll('preferences'));
      await written(page);
      expect(await page.evaluate(() => (window as unknown as W).Keks.accepted('analytics'))).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['invalid values', 'invalid.html', /Keks stopped, every tracker stays held[^]*revision, cookie\.expiresDays/],
    ['broken JSON', 'broken-json.html', /Keks stopped[^]*#keks-config is not valid JSON: .*position \d+/],
  ])(
    '%s in the script tag: logged with console.error, no throw, every category stays denied',
    async (_, file, message) => {
      const page = await open(file, { allowConsole: [/Keks/] });
      expect(e2e.tp!.console.some((c) => c.startsWith('error:') && message.test(c))).toBe(true);
      expect(e2e.tp!.errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as W).Keks.getConfig())).toBeNull();
      expect(await page.evaluate(() => (window as unknown as W).Keks.accepted('analytics'))).toBe(false);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as W).__tagRuns ?? 0)).toBe(0);
      expect(e2e.server.requestsTo('www.google-analytics.test')).toEqual([]);
    },
  );
});

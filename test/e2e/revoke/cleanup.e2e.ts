// Cleanup on withdrawal in a real browser (withdrawing is as easy as giving consent, GDPR Art. 7(3)), through
// the built loader dist/cdn/keks.js: declared first-party cookies go on every domain and path variant
// (host-only, the host, the parent domain), declared storage keys go, nothing else does, and the withdrawn
// tracker stays held so it cannot set its cookie again.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { newPage, trackerRuns, e2eSuite } from '../harness/index';

const HOST = 'www.shop.test';
const GA = 'www.google-analytics.test';
const SUB = '/test/e2e/pages/revoke/sub/';
// Strict, plus the one tracker host the page loads once analytics is granted.
const CSP = `default-src 'self'; script-src 'self' http://${GA}; style-src 'self'; img-src 'self' data:`;

const e2e = e2eSuite({ server: { firstPartyHosts: [HOST], csp: CSP } });

type KeksWindow = { Keks: import('../../../src/api-types').KeksApi; __marker?: number };

async function open(path = SUB): Promise<Page> {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.page.goto(`http://${HOST}:${e2e.server.port}${path}`);
  await e2e.tp.page.waitForFunction(() => !!(window as unknown as KeksWindow).Keks?.getConfig());
  return e2e.tp.page;
}

/** Every cookie in the jar as `name@domain/path` (playwright writes a domain cookie's domain with a dot). */
async function jar(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort();
}

/**
 * Cookies as trackers leave them: host-only and on the parent domain, on `/`, on an ancestor of the page's
 * path (with and without the trailing slash), on the page's directory (the default path, RFC 6265 §5.1.4),
 * and written with a leading dot; plus storage keys.
 */
const PLANTED = [
  '_ga=host-root; path=/',
  '_ga=parent-root; domain=shop.test; path=/',
  '_ga=dotted-host-sub; domain=.www.shop.test; path=/test/e2e/pages/revoke/sub',
  '_ga_XYZ=parent-sub; domain=.shop.test; path=/test/e2e/pages/revoke/sub/',
  '_ga_XYZ=host-default-path',
  '_gid=host-ancestor; path=/test/e2e',
  '_gid=parent-ancestor-slash; domain=shop.test; path=/test/e2e/pages/',
  '_fbp=parent; domain=shop.test; path=/',
  '_fbp=host; path=/test',
  'VISITOR_INFO1_LIVE=yt; domain=shop.test; path=/',
  'currency=CZK; path=/',
  'unrelated=1; domain=shop.test; path=/',
];
const ALL_PLANTED = [
  '_ga@.shop.test/',
  '_ga@.www.shop.test/test/e2e/pages/revoke/sub',
  '_ga@www.shop.test/',
  '_ga_XYZ@.shop.test/test/e2e/pages/revoke/sub/',
  '_ga_XYZ@www.shop.test/test/e2e/pages/revoke/sub',
  '_gid@.shop.test/test/e2e/pages/',
  '_gid@www.shop.test/test/e2e',
  '_fbp@.shop.test/',
  '_fbp@www.shop.test/test',
  'VISITOR_INFO1_LIVE@.shop.test/',
  'currency@www.shop.test/',
  'unrelated@.shop.test/',
];
const ANALYTICS = ALL_PLANTED.filter((c) => c.startsWith('_g'));
const without = (list: string[], drop: string[]) => list.filter((c) => !drop.includes(c));
// A decision's cookie is written by a lazy chunk: wait for it before taking a jar to compare with later.
const consentWritten = (context: BrowserContext) => expect.poll(() => jar(context)).toContain('keks@www.shop.test/');

// document.cookie writes reach the browser's cookie store (what context.cookies() reads) a moment later,
// so every jar assertion after a page-side change polls instead of reading once.
async function plant(page: Page): Promise<void> {
  await page.evaluate((cookies) => {
    for (const c of cookies) document.cookie = c;
    for (const k of ['ga_client', '_ga_ls_1', 'fb_id', 'recently_viewed', 'mine']) localStorage.setItem(k, '1');
    for (const k of ['_ga_ls_s', 'keep']) sessionStorage.setItem(k, '1');
  }, PLANTED);
  await expect.poll(async () => without(ALL_PLANTED, await jar(e2e.tp!.context))).toEqual([]);
}

const storage = (page: Page) =>
  page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() }));

describe('cleanup on withdrawal', () => {
  it('the first reject deletes declared cookies set before any decision, on every domain and path variant', async () => {
    const page = await open();
    await plant(page);
    // Proof that every variant really exists in Chromium's jar before the decision.
    await expect.poll(() => jar(e2e.tp!.context)).toEqual([...ALL_PLANTED].sort());
    await page.evaluate(() => (window as unknown as KeksWindow).Keks.rejectAll());
    await expect
      .poll(async () => (await jar(e2e.tp!.context)).filter((c) => !c.startsWith('keks@')))
      .toEqual(['unrelated@.shop.test/']);
    const after = await jar(e2e.tp!.context);
    expect(after).toContain('keks@www.shop.test/');
    expect(await storage(page)).toEqual({ local: ['mine'], session: ['keep'] });
    expect(e2e.server.requestsTo(GA)).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('withdrawing one category deletes only its cookies; the tracker is not loaded again to recreate them', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as KeksWindow).Keks.acceptAll());
    await consentWritten(e2e.tp!.context);
    await page.waitForFunction(() => document.cookie.includes('_ga=GA1.1.'));
    expect(await trackerRuns(page)).toHaveLength(1);
    await plant(page);
    const before = await jar(e2e.tp!.context);
    expect(before).toContain('_ga@www.shop.test/');

    await page.evaluate(() =>
      (window as unknown as KeksWindow).Keks.save({ categories: ['preferences', 'marketing'] }),
    );
    await expect.poll(() => jar(e2e.tp!.context)).toEqual(without(before, [...ANALYTICS]));
    expect(await jar(e2e.tp!.context)).toContain('keks@www.shop.test/');
    expect(await storage(page)).toEqual({ local: ['fb_id', 'mine', 'recently_viewed'], session: ['keep'] });

    // On the next page the tracker stays held, so it cannot set its cookie again.
    e2e.server.clear();
    await page.reload();
    await page.waitForFunction(() => !!(window as unknown as KeksWindow).Keks?.getConfig());
    expect(e2e.server.requestsTo(GA)).toEqual([]);
    expect(await trackerRuns(page)).toEqual([]);
    expect((await jar(e2e.tp!.context)).filter((c) => c.startsWith('_g'))).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('withdrawing one service deletes only its cookies; a service granted as an exception keeps its own', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as KeksWindow).Keks.acceptAll());
    await consentWritten(e2e.tp!.context);
    await plant(page);
    const before = await jar(e2e.tp!.context);

    await page.evaluate(() =>
      (window as unknown as KeksWindow).Keks.save({
        categories: ['analytics', 'preferences', 'marketing'],
        services: { pixel: false },
      }),
    );
    const noPixel = without(before, ['_fbp@.shop.test/', '_fbp@www.shop.test/test']);
    await expect.poll(() => jar(e2e.tp!.context)).toEqual(noPixel);
    expect(await storage(page)).toEqual({
      local: ['_ga_ls_1', 'ga_client', 'mine', 'recently_viewed'],
      session: ['_ga_ls_s', 'keep'],
    });

    // Marketing withdrawn, YouTube kept as a per-service exception: its cookie stays.
    await page.evaluate(() =>
      (window as unknown as KeksWindow).Keks.save({ categories: ['analytics'], services: { youtube: true } }),
    );
    expect(await page.evaluate(() => (window as unknown as KeksWindow).Keks.accepted('youtube'))).toBe(true);
    await expect.poll(() => jar(e2e.tp!.context)).toEqual(without(noPixel, ['currency@www.shop.test/']));
    expect(await storage(page)).toEqual({ local: ['_ga_ls_1', 'ga_client', 'mine'], session: ['_ga_ls_s', 'keep'] });
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('reloadOnRevoke reloads after a withdrawal (never after a first reject), and the tracker stays out', async () => {
    // A first reject: no reload (nothing ran that would need unloading).
    let page = await open('/test/e2e/pages/revoke/reload.html');
    await page.evaluate(() => ((window as unknown as KeksWindow).__marker = 1));
    await page.evaluate(() => (window as unknown as KeksWindow).Keks.rejectAll());
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as KeksWindow).__marker)).toBe(1);
    await e2e.tp!.close();

    page = await open('/test/e2e/pages/revoke/reload.html');
    await page.evaluate(() => (window as unknown as KeksWindow).Keks.acceptAll());
    await page.waitForFunction(() => document.cookie.includes('_ga='));
    await page.evaluate(() => ((window as unknown as KeksWindow).__marker = 2));
    e2e.server.clear();
    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => (window as unknown as KeksWindow).Keks.rejectAll()),
    ]);
    await page.waitForFunction(() => !!(window as unknown as KeksWindow).Keks?.getConfig());
    expect(await page.evaluate(() => (window as unknown as KeksWindow).__marker)).toBeUndefined();
    expect(e2e.server.requestsTo(HOST).filter((r) => r.path.endsWith('reload.html'))).toHaveLength(1);
    expect(e2e.server.requestsTo(GA)).toEqual([]);
    expect(await trackerRuns(page)).toEqual([]);
    expect((await jar(e2e.tp!.context)).filter((c) => c.startsWith('_ga'))).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

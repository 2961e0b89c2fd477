// The consent cookie cannot be shadowed (RFC 6265 §5.3 step 11, §5.4), in Chromium with the real loader:
// several `keks` cookies (host-only and domain, different paths, stale and current) are all read and the
// valid one with the latest decision wins; a new decision and reset() remove every other copy, so a
// withdrawal is never lost behind an older grant.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contextCookies, newPage, type TestPage, e2eSuite } from '../harness/index';

const PATH = '/shop/deep/page.html';
const URLS = ['http://www.shop.test/shop/deep/page.html', 'http://www.shop.test/', 'http://shop.test/'];

const e2e = e2eSuite({
  server: { firstPartyHosts: ['www.shop.test', 'shop.test'] },
  setup: (server) =>
    server.route(PATH, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><title>shop</title>
<script type="application/json" id="keks-config">{ "autoShow": false }</script>
<script src="/dist/cdn/keks.js"></script><h1>shop</h1>`);
    }),
});

type Api = {
  Keks: { acceptAll(): void; rejectAll(): void; reset(): void; getConsent(): { decided: boolean; granted: string[] } };
};
const consent = (p: Page) => p.evaluate(() => (window as unknown as Api).Keks.getConsent());
const keksCookies = async (t: TestPage) =>
  (await contextCookies(t.context, URLS))
    .filter((c) => c.name == 'keks')
    .map((c) => `${c.domain}${c.path}`)
    .sort();
/** The same record with its decision times moved `s` seconds back. */
const older = (v: string, s: number): string => {
  const f = v.split('~');
  f[3] = f[4] = (parseInt(f[4], 36) - s).toString(36);
  return f.join('~');
};

/** Values of a real accept and a real reject, made by the loader itself. */
async function decisions(): Promise<{ accept: string; reject: string }> {
  const t = await newPage(e2e.browser);
  try {
    await t.page.goto(e2e.server.url(PATH, 'www.shop.test'));
    // The cookie write waits for the lazy write chunk: poll the browser's cookie store for each value.
    const value = async () => (await t.context.cookies()).find((c) => c.name == 'keks')?.value;
    await t.page.evaluate(() => (window as unknown as Api).Keks.acceptAll());
    await expect.poll(value).toBeDefined();
    const accept = (await value())!;
    await t.page.evaluate(() => (window as unknown as Api).Keks.rejectAll());
    await expect.poll(value).not.toBe(accept);
    const reject = (await value())!;
    return { accept, reject };
  } finally {
    await t.close();
  }
}

describe('consent cookie shadowing (Chromium, www.shop.test/shop/deep/)', () => {
  it('reads every copy: a newer withdrawal on the domain wins over an older grant on a deeper path', async () => {
    const { accept, reject } = await decisions();
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.context.addCookies([
      // Listed first by the browser (longer path): an older grant, and a junk value.
      { name: 'keks', value: older(accept, 3600), domain: 'www.shop.test', path: '/shop/deep' },
      { name: 'keks', value: 'junk', domain: 'www.shop.test', path: '/shop' },
      // The current decision: a withdrawal, on the registrable domain.
      { name: 'keks', value: reject, domain: '.shop.test', path: '/' },
    ]);
    await e2e.tp.page.goto(e2e.server.url(PATH, 'www.shop.test'));
    const c = await consent(e2e.tp.page);
    expect(c.decided).toBe(true);
    expect(c.granted).not.toContain('analytics');
    expect(e2e.tp.errors).toEqual([]);
  });

  it('a new decision removes every other copy (paths and domains), so only it is read afterwards', async () => {
    const { accept } = await decisions();
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.context.addCookies([
      { name: 'keks', value: accept, domain: 'www.shop.test', path: '/shop/deep' },
      { name: 'keks', value: accept, domain: 'www.shop.test', path: '/shop/' },
      { name: 'keks', value: accept, domain: '.shop.test', path: '/' },
      { name: 'keks', value: accept, domain: '.www.shop.test', path: '/' },
    ]);
    await e2e.tp.page.goto(e2e.server.url(PATH, 'www.shop.test'));
    expect((await consent(e2e.tp.page)).granted).toContain('analytics');
    await e2e.tp.page.evaluate(() => (window as unknown as Api).Keks.rejectAll());
    await expect.poll(() => keksCookies(e2e.tp!)).toEqual(['www.shop.test/']);
    await e2e.tp.page.reload();
    expect((await consent(e2e.tp.page)).granted).not.toContain('analytics');
    expect(e2e.tp.errors).toEqual([]);
  });

  it('reset() removes every copy', async () => {
    const { accept } = await decisions();
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.context.addCookies([
      { name: 'keks', value: accept, domain: 'www.shop.test', path: '/shop/deep' },
      { name: 'keks', value: accept, domain: '.shop.test', path: '/' },
      { name: 'keks', value: accept, domain: 'www.shop.test', path: '/' },
    ]);
    await e2e.tp.page.goto(e2e.server.url(PATH, 'www.shop.test'));
    await e2e.tp.page.evaluate(() => (window as unknown as Api).Keks.reset());
    await expect.poll(() => keksCookies(e2e.tp!)).toEqual([]);
    await e2e.tp.page.reload();
    expect((await consent(e2e.tp.page)).decided).toBe(false);
    expect(e2e.tp.errors).toEqual([]);
  });
});

// The consent cookie's `domain` handling in real Chromium on a real registrable domain. web-test-runner's
// page is http://localhost, where Chromium turns `Domain=localhost` into a host-only cookie, so a
// host-only duplicate can only arise here, on www.shop.test (mapped to the test server).
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { contextCookies, newPage, type TestPage, e2eSuite } from '../harness/index';

/** src/consent-cookie.ts (with js-cookie) bundled for the page as `window.kc`. */
let bundle: string;

beforeAll(async () => {
  const out = await build({
    stdin: { contents: "export * from './src/consent-cookie.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'kc',
    write: false,
    target: 'es2021',
  });
  bundle = out.outputFiles[0].text;
});
const e2e = e2eSuite({
  server: { firstPartyHosts: ['www.shop.test', 'shop.test'] },
  setup: (server) =>
    server.route('/blank.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>shop</title>');
    }),
});

const open = async (host: string): Promise<TestPage> => {
  const t = await newPage(e2e.browser);
  await t.page.goto(e2e.server.url('/blank.html', host));
  await t.page.addScriptTag({ content: bundle });
  return t;
};
const opts = { name: 'keks', path: '/', sameSite: 'Lax', secure: false, expiresDays: 182 } as const;
const URLS = ['http://www.shop.test/', 'http://shop.test/'];

describe('consent cookie with a domain (Chromium, www.shop.test)', () => {
  it('writing with domain removes a host-only duplicate, so the new decision is the one read', async () => {
    e2e.tp = await open('www.shop.test');
    // A decision stored before the site configured `domain`: host-only on www.shop.test.
    await e2e.tp.page.evaluate(() => (document.cookie = 'keks=old; path=/'));
    const written = await e2e.tp.page.evaluate(
      (o) => {
        const kc = (window as unknown as { kc: typeof import('../../../src/consent-cookie') }).kc;
        return kc.writeConsentCookie('new', o);
      },
      { ...opts, domain: 'shop.test' },
    );
    expect(written).toBe(true);
    const cookies = (await contextCookies(e2e.tp.context, URLS)).filter((c) => c.name == 'keks');
    expect(cookies.map((c) => [c.domain, c.value])).toEqual([['.shop.test', 'new']]);
    expect(await e2e.tp.page.evaluate(() => document.cookie)).toBe('keks=new');
  });

  it('without the removal the old host-only cookie would win: the browser keeps both and lists it first', async () => {
    e2e.tp = await open('www.shop.test');
    await e2e.tp.page.evaluate(() => {
      document.cookie = 'keks=old; path=/';
      document.cookie = 'keks=new; path=/; domain=shop.test';
    });
    expect((await contextCookies(e2e.tp.context, URLS)).filter((c) => c.name == 'keks')).toHaveLength(2);
    const read = await e2e.tp.page.evaluate(
      (o) => {
        const kc = (window as unknown as { kc: typeof import('../../../src/consent-cookie') }).kc;
        return kc.readConsentCookie(o);
      },
      { ...opts, domain: 'shop.test' },
    );
    expect(read).toBe('old');
  });

  it('removing with a domain deletes the domain cookie and a host-only one', async () => {
    e2e.tp = await open('www.shop.test');
    await e2e.tp.page.evaluate(() => {
      document.cookie = 'keks=old; path=/';
      document.cookie = 'keks=new; path=/; domain=shop.test';
    });
    await e2e.tp.page.evaluate(
      (o) => {
        const kc = (window as unknown as { kc: typeof import('../../../src/consent-cookie') }).kc;
        kc.removeConsentCookie(o);
      },
      { ...opts, domain: 'shop.test' },
    );
    expect((await contextCookies(e2e.tp.context, URLS)).filter((c) => c.name == 'keks')).toEqual([]);
  });

  it('the domain cookie is shared with the parent host', async () => {
    e2e.tp = await open('www.shop.test');
    await e2e.tp.page.evaluate(
      (o) => {
        const kc = (window as unknown as { kc: typeof import('../../../src/consent-cookie') }).kc;
        kc.writeConsentCookie('shared', o);
      },
      { ...opts, domain: 'shop.test' },
    );
    const other = await e2e.tp.context.newPage();
    await other.goto(e2e.server.url('/blank.html', 'shop.test'));
    expect(await other.evaluate(() => document.cookie)).toBe('keks=shared');
  });

  it('a domain the page is not on is refused and reported as false', async () => {
    e2e.tp = await open('www.shop.test');
    const written = await e2e.tp.page.evaluate(
      (o) => {
        const kc = (window as unknown as { kc: typeof import('../../../src/consent-cookie') }).kc;
        return kc.writeConsentCookie('x', o);
      },
      { ...opts, domain: 'other.test' },
    );
    expect(written).toBe(false);
    expect(await e2e.tp.page.evaluate(() => document.cookie)).toBe('');
  });
});

// Markup waits inert, so Keks does not watch the parser node by node (that would cost a mutation record and a
// DOM wrapper per node of the page): the parsed page is judged in one pass when the parser is done, before
// deferred scripts and DOMContentLoaded, declarative shadow roots included. With `hosts` declared, scripts and
// frames are also looked for while the page is parsed (a tracker in server HTML must not run), so a granted
// script in markup then runs where the parser meets it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, e2eSuite, cspOnTestPages } from '../harness/index';
import { NONCE_CSP } from './vectors';

const e2e = e2eSuite({ server: { csp: cspOnTestPages(NONCE_CSP) } });

type Win = { __order: string[]; Keks: { acceptAll(): void } };
const order = (p: Page): Promise<string[]> => p.evaluate(() => (window as unknown as Win).__order);

/** Accept everything and wait until the decision is in the cookie (its write waits for keks-write.js). */
async function acceptAll(p: Page): Promise<void> {
  await p.evaluate(() => (window as unknown as Win).Keks.acceptAll());
  await expect.poll(() => p.evaluate(() => document.cookie.includes('keks=')), { timeout: 20_000 }).toBe(true);
}

describe.each([
  {
    mode: 'markup only (no service declares hosts)',
    query: '',
    raw: ['raw tracker'],
    // The page script after the gated one still saw it held: markup is judged when the parser is done.
    returning: ['page script: text/plain', 'raw tracker', 'gated', 'defer', 'DOMContentLoaded'],
  },
  {
    mode: 'a service declares hosts',
    query: '?hosts',
    raw: [],
    // Scripts are looked for while parsed: the gated one is released before the page script after it runs (and
    // that sees the released copy, which has no type). The raw tracker's host is granted: it runs as parsed.
    returning: ['gated', 'page script: ', 'raw tracker', 'defer', 'DOMContentLoaded'],
  },
])('$mode', ({ query, raw, returning }) => {
  async function open(wait: 'load' | 'commit' = 'load', parser: Promise<void> = Promise.resolve()): Promise<Page> {
    // A parser-blocking script that answers once `parser` settles.
    e2e.server.route('/parser-wait.js', (_req, res) => {
      void parser.then(() => {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        res.end('');
      });
    });
    // A tracker in server HTML without markup: it runs unless its host is declared.
    e2e.server.route(
      '/raw.js',
      (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
        res.end("__order.push('raw tracker');");
      },
      'video.test',
    );
    e2e.tp = await newPage(e2e.browser);
    await e2e.tp.page.goto(e2e.server.url('/test/e2e/pages/gating/markup-only.html' + query), { waitUntil: wait });
    if (wait == 'load') await e2e.tp.page.waitForLoadState('load');
    return e2e.tp.page;
  }

  it('a held embed is behind its placeholder before the browser paints it, while the page is still parsed', async () => {
    let go!: () => void;
    const p = await open('commit', new Promise<void>((r) => (go = r)));
    await p.waitForSelector('iframe', { state: 'attached', timeout: 20_000 });
    // Two frames later (each painted, had there been anything new), with the parser still blocked.
    const seen = await p.evaluate(
      () =>
        new Promise((r) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const f = document.querySelector('iframe')!;
              r([document.readyState, f.hidden, f.previousElementSibling?.localName]);
            }),
          ),
        ),
    );
    go();
    expect(seen).toEqual(['loading', true, 'keks-placeholder']);
    await p.waitForLoadState('load');
    expect(e2e.server.requestsTo('video.test', '/embed')).toEqual([]);
  });

  it('a first visit holds the markup, puts the placeholder before the embed and holds what is in declarative shadow roots; a grant releases them', async () => {
    const p = await open();
    expect(await order(p)).toEqual(['page script: text/plain', ...raw, 'defer', 'DOMContentLoaded']);
    await expect
      .poll(() =>
        p.evaluate(() => {
          const f = document.querySelector('iframe')!;
          return [f.hidden, f.previousElementSibling?.localName, f.getAttribute('src')];
        }),
      )
      .toEqual([true, 'keks-placeholder', null]);
    expect(e2e.server.requestsTo('pixel.test')).toEqual([]);
    expect(e2e.server.requestsTo('video.test', '/embed')).toEqual([]);

    await acceptAll(p);
    // On a custom element and on a <div>.
    await expect.poll(() => e2e.server.requestsTo('pixel.test', '/dsd.gif').length).toBe(1);
    await expect.poll(() => e2e.server.requestsTo('pixel.test', '/div.gif').length).toBe(1);
    await expect.poll(() => e2e.server.requestsTo('video.test', '/embed').length).toBe(1);
    await expect
      .poll(() => order(p))
      .toEqual([
        'page script: text/plain',
        ...raw,
        'defer',
        'DOMContentLoaded',
        'gated',
        ...(raw.length ? [] : ['raw tracker']),
      ]);
    expect(await p.evaluate(() => document.querySelector('iframe')!.hidden)).toBe(false);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('a returning visitor who granted: released before deferred scripts and DOMContentLoaded', async () => {
    const p = await open();
    await acceptAll(p);
    await p.reload();
    await p.waitForLoadState('load');
    expect(await order(p)).toEqual(returning);
    // Inside the declarative shadow roots too, once per page view.
    await expect.poll(() => e2e.server.requestsTo('pixel.test', '/dsd.gif').length).toBe(2);
    await expect.poll(() => e2e.server.requestsTo('pixel.test', '/div.gif').length).toBe(2);
    await expect.poll(() => e2e.server.requestsTo('video.test', '/embed').length).toBe(2);
    expect(await p.evaluate(() => document.querySelector('keks-placeholder'))).toBeNull();
    expect(e2e.tp!.errors).toEqual([]);
  });
});

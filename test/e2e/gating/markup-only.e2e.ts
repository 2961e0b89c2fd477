// A config where no service declares hosts gates by markup alone, which waits inert: Keks does not watch the
// parser (that would cost a mutation record and a DOM wrapper per node of the page) and judges the parsed page
// in one pass when the parser is done: before deferred scripts and DOMContentLoaded, as a returning visitor's
// released script would see it with the page. Declarative shadow roots on undefined custom elements included.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, e2eSuite, cspOnTestPages } from '../harness/index';
import { NONCE_CSP } from './vectors';

const e2e = e2eSuite({ server: { csp: cspOnTestPages(NONCE_CSP) } });

type Win = { __order: string[]; Keks: { acceptAll(): void } };
const order = (p: Page): Promise<string[]> => p.evaluate(() => (window as unknown as Win).__order);

async function open(): Promise<Page> {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.page.goto(e2e.server.url('/test/e2e/pages/gating/markup-only.html'));
  await e2e.tp.page.waitForLoadState('load');
  return e2e.tp.page;
}

/** Accept everything and wait until the decision is in the cookie (its write waits for keks-write.js). */
async function acceptAll(p: Page): Promise<void> {
  await p.evaluate(() => (window as unknown as Win).Keks.acceptAll());
  await expect.poll(() => p.evaluate(() => document.cookie.includes('keks=')), { timeout: 20_000 }).toBe(true);
}

describe('markup only (no service declares hosts)', () => {
  it('a first visit holds the markup, puts the placeholder before the embed and holds what is in a declarative shadow root; a grant releases them', async () => {
    const p = await open();
    expect(await order(p)).toEqual(['page script: text/plain', 'defer', 'DOMContentLoaded']);
    await expect
      .poll(() =>
        p.evaluate(() => {
          const f = document.querySelector('iframe')!;
          return [f.hidden, f.previousElementSibling?.localName, f.getAttribute('src')];
        }),
      )
      .toEqual([true, 'keks-placeholder', null]);
    expect(e2e.server.requestsTo('pixel.test')).toEqual([]);
    expect(e2e.server.requestsTo('video.test')).toEqual([]);

    await acceptAll(p);
    await expect.poll(() => e2e.server.requestsTo('pixel.test', '/dsd.gif').length).toBe(1);
    await expect.poll(() => e2e.server.requestsTo('video.test', '/embed').length).toBe(1);
    expect(await order(p)).toEqual(['page script: text/plain', 'defer', 'DOMContentLoaded', 'gated']);
    expect(await p.evaluate(() => document.querySelector('iframe')!.hidden)).toBe(false);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('a returning visitor who granted: released once the parser is done, before deferred scripts and DOMContentLoaded', async () => {
    const p = await open();
    await acceptAll(p);
    await p.reload();
    await p.waitForLoadState('load');
    // The page script after the gated one still saw it held: the parser was not watched.
    expect(await order(p)).toEqual(['page script: text/plain', 'gated', 'defer', 'DOMContentLoaded']);
    // Inside the declarative shadow root too, once per page view.
    await expect.poll(() => e2e.server.requestsTo('pixel.test', '/dsd.gif').length).toBe(2);
    await expect.poll(() => e2e.server.requestsTo('video.test', '/embed').length).toBe(2);
    expect(await p.evaluate(() => document.querySelector('keks-placeholder'))).toBeNull();
    expect(e2e.tp!.errors).toEqual([]);
  });
});

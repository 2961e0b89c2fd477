// The loader's lazy parts in real Chromium, through the built dist/cdn: a returning visitor fetches none of
// them, and a decision made while the write chunk is still on its way is written once, in order, when it
// arrives (the page acts on it at once).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newPage, repoRoot, e2eSuite } from '../harness/index';

const DIR = '/test/e2e/pages/loader/';
/** Every lazy part of the script-tag build, and the UI. */
const LAZY = /^\/dist\/cdn\/keks-(write|cleanup|validate|lazy-|ui)/;

const e2e = e2eSuite({ reset: { routes: true } });

type W = { Keks: import('../../../src/api-types').KeksApi; __cookieWrites: string[]; __events: [string][] };

/**
 * Record every write of the consent cookie, before any script of the page runs. Removals (`max-age=0`, which
 * a write sends for every other path and domain copy so none can shadow it) are not decisions: left out.
 */
async function open(file: string): Promise<Page> {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.context.addInitScript(() => {
    const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    (window as unknown as W).__cookieWrites = [];
    Object.defineProperty(Document.prototype, 'cookie', {
      ...d,
      set(v: string) {
        if (v.startsWith('keks=') && !/;\s*max-age=0/i.test(v))
          (window as unknown as W).__cookieWrites.push(v.split(';')[0]);
        d.set!.call(this, v);
      },
    });
  });
  await e2e.tp.page.goto(e2e.server.url(DIR + file));
  return e2e.tp.page;
}
const writes = (p: Page) => p.evaluate(() => (window as unknown as W).__cookieWrites);
const lazyRequests = () =>
  e2e.server.requests.filter((r) => r.host == '127.0.0.1' && LAZY.test(r.path)).map((r) => r.path);

describe('lazy chunks', () => {
  it('a first visit fetches the UI, then the write chunk and the full validator; a returning visitor none of them', async () => {
    const page = await open('index.html');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => writes(page)).toHaveLength(1);
    const first = lazyRequests();
    expect(first).toContain('/dist/cdn/keks-ui.js');
    expect(first).toContain('/dist/cdn/keks-write.js');
    expect(first).toContain('/dist/cdn/keks-validate.js');
    e2e.server.clear();
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConsent().decided)).toBe(true);
    expect(lazyRequests()).toEqual([]);
    expect(await writes(page)).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('a decision made while the write chunk is still loading is saved exactly once, in order, when it arrives', async () => {
    const js = readFileSync(join(repoRoot, 'dist/cdn/keks-write.js'));
    let release!: () => void;
    const arrived = new Promise<void>((r) => (release = r));
    // A throttled network: the write chunk answers only when the test says so.
    e2e.server.route('/dist/cdn/keks-write.js', (_req, res) => {
      void arrived.then(() =>
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(js),
      );
    });
    const page = await open('index.html');
    await e2e.server.waitForRequest('127.0.0.1', '/dist/cdn/keks-write.js');
    await page.getByRole('button', { name: 'Accept all' }).click();
    // The page acts at once: granted, the banner closed, events fired; the cookie waits for the chunk.
    expect(await page.evaluate(() => (window as unknown as W).Keks.accepted('analytics'))).toBe(true);
    await expect
      .poll(() => page.locator('keks-banner dialog[open], keks-banner [role=dialog]:visible').count())
      .toBe(0);
    // Then a second decision, still before the chunk is here.
    await page.evaluate(() => (window as unknown as W).Keks.rejectAll('api'));
    expect(await writes(page)).toEqual([]);
    expect(await page.evaluate(() => document.cookie.includes('keks='))).toBe(false);
    release();
    await expect.poll(() => writes(page)).toHaveLength(2);
    const [accept, reject] = (await writes(page)).map((w) => decodeURIComponent(w.slice(5)).split('~'));
    expect(accept[5].split('.')).toContain('analytics'); // granted
    expect(accept[9]).toBe('0'); // source: banner
    expect(reject[5]).toBe('necessary');
    expect(reject[9]).toBe('2'); // source: api
    expect(reject[2]).toBe(accept[2]); // one consent id
    // Nothing written twice, and what the next page reads is the last decision.
    await page.waitForLoadState('networkidle');
    expect(await writes(page)).toHaveLength(2);
    expect(e2e.server.requestsTo('127.0.0.1', '/dist/cdn/keks-write.js')).toHaveLength(1);
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as W).Keks.getConsent().granted)).toEqual(['necessary']);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

describe('placement', () => {
  it('a loader placed after a tracker says once which tracker URLs loaded before it', async () => {
    await open('late.html');
    // Said with the diagnostics, once the banner is up (the validator chunk), not by the loader itself.
    const said = () => e2e.tp!.console.filter((c) => /loaded before keks\.js ran/.test(c));
    await expect.poll(said, { timeout: 15_000 }).toHaveLength(1);
    expect(said()[0]).toContain('http://www.google-analytics.test/ga.js');
  });
});

describe('the UI failing to load', () => {
  it('names the URL and the likely cause, and a data-keks-open link then follows its href', async () => {
    e2e.server.route('/dist/cdn/keks-ui.js', (_req, res) => void res.writeHead(404).end());
    e2e.tp = await newPage(e2e.browser, { allowConsole: [/keks-ui\.js/, /404/] });
    const page = e2e.tp.page;
    await page.goto(e2e.server.url(DIR + 'settings-link.html'));
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.waitForURL(/other\.html\?from=settings/);
    const said = e2e.tp.console.filter((c) =>
      /Keks: could not load the UI from http:\/\/[^ ]+\/dist\/cdn\/keks-ui\.js/.test(c),
    );
    // Every failed attempt is reported (the banner's on load, and the link's retry when it comes first or after).
    expect(said.length).toBeGreaterThanOrEqual(1);
    for (const s of said) {
      expect(s).toMatch(/uiUrl/);
      expect(s).toMatch(/CORS/);
    }
  });
});

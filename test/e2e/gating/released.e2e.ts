// Released scripts behave as if they had loaded with the page, in Chromium: handlers for DOMContentLoaded
// and load that already fired still run (once), document.write after load goes in at the script's place
// instead of wiping the page, and a tracker held by markup or by its host ends like one loaded without Keks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { documentCookies, newPage, e2eSuite } from '../harness/index';

const HOST = 'www.late-tracker.test';
const ADS = 'www.ads.test';

// A classic third-party tag: it writes markup (with a script that writes in turn), waits for
// DOMContentLoaded to set its cookie and for load to send its pixel. Cacheable, as such tags are, so
// a copy the preload scanner fetched before consent is the one that runs.
const TRACKER = `(function () {
  window.__runs = (window.__runs || 0) + 1;
  var ev = (window.__events = window.__events || []);
  document.write('<p id="written">Written by the tracker</p><script src="http://${HOST}/child.js"><\\/script>');
  // Runs after the child, as the parser would run it.
  document.write('<script>window.__afterChild = window.__child || 0<\\/script><p id="tail">After the child</p>');
  document.addEventListener('DOMContentLoaded', function (e) {
    ev.push('ready:' + e.type);
    document.cookie = '_late=' + window.__runs + '; path=/; max-age=3600';
  });
  window.addEventListener('load', function (e) {
    ev.push('load:' + e.type);
    new Image().src = 'http://${HOST}/pixel.gif';
  });
})();`;
const CHILD = `window.__child = (window.__child || 0) + 1;
document.write('<span id="child-out">Written by the child</span>');`;

const serve = (path: string, body: string): void =>
  e2e.server.route(
    path,
    (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=600' });
      res.end(body);
    },
    HOST,
  );

const e2e = e2eSuite({ reset: { routes: true } });

type Win = { Keks: { acceptAll(): void; save(s: { categories: string[] }): void }; __events?: string[] };
const url = (name: string, search = ''): string => e2e.server.url(`/test/e2e/pages/released/${name}.html${search}`);

async function open(name: string, search = ''): Promise<Page> {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.page.goto(url(name, search));
  await e2e.tp.page.waitForLoadState('load');
  return e2e.tp.page;
}

/** Decide, then wait until the decision is in the cookie (its write waits for the lazy keks-write.js). */
async function decide(p: Page, categories?: string[]): Promise<void> {
  await p.evaluate((c) => {
    const k = (window as unknown as Win).Keks;
    if (c) k.save({ categories: c });
    else k.acceptAll();
  }, categories);
  // A string, so vitest does not rewrite the page's import() as its own.
  await p.evaluate('import("/dist/cdn/keks-write.js").then(() => new Promise((r) => setTimeout(r)))');
}

/** Everything the tracker can be seen to have done: runs, handlers, cookie, requests, markup in place. */
async function outcome(p: Page) {
  const page = await p.evaluate(() => {
    const w = window as unknown as { __runs?: number; __child?: number; __afterChild?: number; __events?: string[] };
    return {
      runs: w.__runs ?? 0,
      child: w.__child ?? 0,
      afterChild: w.__afterChild,
      events: w.__events ?? [],
      main: [...document.querySelector('main')!.children].map((e) =>
        e instanceof HTMLScriptElement
          ? `script ${e.src ? new URL(e.src).pathname : 'inline'}`
          : `${e.id || e.localName}: ${e.textContent}`,
      ),
    };
  });
  const paths = e2e.server.requestsTo(HOST).map((r) => r.path);
  const count = (path: string): number => paths.filter((x) => x == path).length;
  return {
    ...page,
    cookie: (await documentCookies(p))._late,
    requests: { tracker: count('/tracker.js'), child: count('/child.js'), pixel: count('/pixel.gif') },
  };
}

/** Wait until the tracker has done all it does, then let one more task pass for anything done twice. */
async function settled(p: Page) {
  await expect.poll(async () => (await outcome(p)).requests.pixel).toBeGreaterThan(0);
  await expect.poll(async () => (await outcome(p)).main.join('\n')).toContain('child-out');
  await p.evaluate(() => new Promise((r) => setTimeout(r)));
  return outcome(p);
}

const MAIN = [
  'h1: Tracker without Keks',
  'before: Before the tracker.',
  'script /tracker.js',
  'written: Written by the tracker',
  'script /child.js',
  'child-out: Written by the child',
  'script inline',
  'tail: After the child',
  'after: After the tracker.',
];

describe('the same tracker, held by markup or by its host, ends as if loaded without Keks', () => {
  it('loads normally without Keks (the reference)', async () => {
    serve('/tracker.js', TRACKER);
    serve('/child.js', CHILD);
    const p = await open('plain');
    expect(await settled(p)).toEqual({
      runs: 1,
      child: 1,
      afterChild: 1,
      events: ['ready:DOMContentLoaded', 'load:load'],
      main: MAIN,
      cookie: '1',
      requests: { tracker: 1, child: 1, pixel: 1 },
    });
    expect(e2e.tp!.errors).toEqual([]);
  });

  for (const name of ['markup', 'auto'])
    it(`${name}: accepted after load, and on the next visit`, async () => {
      serve('/tracker.js', TRACKER);
      serve('/child.js', CHILD);
      const p = await open(name);
      const before = await outcome(p);
      expect(before).toMatchObject({ runs: 0, child: 0, afterChild: undefined, events: [], cookie: undefined });
      expect(before.main).not.toContain('written: Written by the tracker');
      expect(before.requests.pixel + before.requests.child).toBe(0);

      await decide(p);
      const expected = {
        runs: 1,
        child: 1,
        afterChild: 1,
        events: ['ready:DOMContentLoaded', 'load:load'],
        main: MAIN.map((l) => (l.startsWith('h1') ? (before.main[0] as string) : l)),
        cookie: '1',
        requests: { tracker: 1, child: 1, pixel: 1 },
      };
      expect(await settled(p)).toEqual(expected);

      // A returning visitor: released while the page loads, so the handlers get the real events, once.
      // The scripts may come from the cache now; the pixel is asked for again.
      e2e.server.clear();
      await p.goto(url(name));
      await p.waitForLoadState('load');
      expect(await settled(p)).toEqual({ ...expected, requests: expect.objectContaining({ pixel: 1 }) });
      expect(e2e.tp!.errors).toEqual([]);
    });
});

describe('an inline script released after load', () => {
  const EVENTS = [
    'document:DOMContentLoaded:true',
    'window:DOMContentLoaded:true',
    'window:load:true',
    'object:load:true',
    'bare:load:true',
    'onload:load:true',
  ];
  const state = (p: Page) =>
    p.evaluate(() => ({
      events: (window as unknown as Win).__events,
      // When the released script ran.
      ran: (window as unknown as { __readyState?: string }).__readyState,
      h1: document.querySelector('h1')?.textContent,
      next: document.querySelector('#inline')?.nextElementSibling?.outerHTML,
      after: document.querySelector('#after')?.previousElementSibling?.id,
      ad: document.querySelector('#ad')?.getAttribute('data-src'),
    }));

  it('runs each handler for a passed event once, and writes at its place through the gate', async () => {
    const p = await open('inline');
    expect((await state(p)).events).toBeUndefined();
    // Marketing stays denied: the written image of its host is held like any other.
    await decide(p, ['analytics']);
    await expect.poll(async () => (await state(p)).events).toEqual(EVENTS);
    await p.evaluate(() => new Promise((r) => setTimeout(r)));
    expect(await state(p)).toEqual({
      events: EVENTS,
      ran: 'complete',
      h1: 'Inline script released late',
      next: '<p id="written">Written <b>by the inline script</b></p>',
      after: 'ad',
      ad: `http://${ADS}/ad.gif`,
    });
    expect(e2e.server.requestsTo(ADS)).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('gets DOMContentLoaded once when released while the event is on its way to the window', async () => {
    const p = await open('inline', '?accept=ready');
    await expect.poll(async () => [...((await state(p)).events ?? [])].sort()).toEqual([...EVENTS].sort());
    await p.evaluate(() => new Promise((r) => setTimeout(r)));
    expect([...((await state(p)).events ?? [])].sort()).toEqual([...EVENTS].sort());
    // Released after the document's listeners got the event (missed: called by Keks) and before the window's.
    expect(await p.evaluate(() => (window as unknown as { __phase: object }).__phase)).toEqual({
      started: true,
      ended: false,
    });
    expect(e2e.tp!.errors).toEqual([]);
  });

  it('gets the real events, once, when released while the page loads', async () => {
    const p = await open('inline');
    await decide(p, ['analytics']);
    await expect.poll(async () => (await state(p)).events).toEqual(EVENTS);
    await p.reload();
    await p.waitForLoadState('load');
    await expect.poll(async () => (await state(p)).events).toEqual(EVENTS);
    await p.evaluate(() => new Promise((r) => setTimeout(r)));
    // Released while the parser is still at work: the browser would ignore a write from a script it did not parse.
    expect(await state(p)).toMatchObject({
      events: EVENTS,
      ran: 'loading',
      next: '<p id="written">Written <b>by the inline script</b></p>',
    });
    expect(e2e.server.requestsTo(ADS)).toEqual([]);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

// Consent records end to end, on the demo as `npm start` serves it (demo/serve.mjs with its PGlite receiver):
// decisions made in Chromium reach the receiver with exactly the expected fields; a record made while the
// receiver is down waits in the browser's queue and arrives on the next page view, once; a returning visitor
// with nothing queued downloads no records code; `keks records purge` removes old records and `export`
// returns the rest.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, newPage, type TestPage } from '../harness/index';
import { RECORD_FIELDS_IN_ORDER as FIELDS } from '../../helpers/records';

const root = resolve(__dirname, '../../..');
const CLI = join(root, 'dist/node/cli.js');
// PGlite opens on the first record; on this shared 2-core machine that can take half a minute.
const SLOW = 120_000;

let dir: string, browser: Browser, tp: TestPage | undefined;
let demo: { child: ChildProcess; origin: string } | undefined;

async function startDemo(port = 0): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, ['demo/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), KEKS_RECORDS_DB: dir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /Keks demo: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) ok(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`demo server exited with ${code}: ${out}`)));
  });
  return { child, origin };
}
async function stopDemo(): Promise<void> {
  if (!demo) return;
  const { child } = demo;
  demo = undefined;
  if (child.exitCode != null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
const cli = async (...args: string[]): Promise<string> =>
  (await promisify(execFile)(process.execPath, [CLI, 'records', ...args], { cwd: root, timeout: SLOW })).stdout;
const queued = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('keks-records') || '[]'));
const stored = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/consent') && r.request().method() == 'POST' && r.status() == 202, {
    timeout: SLOW,
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'keks-e2e-records-'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await tp?.close();
  await browser?.close();
  await stopDemo();
  await rm(dir, { recursive: true, force: true });
});

it(
  'demo decisions reach the receiver, survive a receiver outage, and export/purge work on them',
  async () => {
    demo = await startDemo();
    const { origin } = demo;
    const port = Number(new URL(origin).port);
    // Chromium logs refused connections (the outage below) as console errors: expected here.
    tp = await newPage(browser, { allowConsole: ['ERR_CONNECTION_REFUSED', 'Failed to load resource'] });
    const { page } = tp;
    const chunkRequests: string[] = [];
    page.on('request', (r) => r.url().endsWith('/keks-records.js') && chunkRequests.push(r.url()));

    await page.goto(origin + '/demo/');
    await page.locator('keks-banner [part~="banner"]').waitFor();
    expect(chunkRequests).toEqual([]); // no decision yet: no records code

    // 1. First choice in the banner.
    const first = stored(page);
    await page.locator('keks-banner [part~="accept"]').click();
    await first;
    expect(chunkRequests).toHaveLength(1);
    // 2. A withdrawal through the API.
    const second = stored(page);
    await page.evaluate(() =>
      (window as unknown as { Keks: { rejectAll(s: string): void } }).Keks.rejectAll('preferences'),
    );
    await second;
    await expect.poll(() => queued(page)).toEqual([]);

    // A record from three years ago, so purge has something to remove.
    const old = new Date(Date.now() - 3 * 365 * 864e5);
    const oldId = '00000000-0000-4000-8000-0000000000aa';
    const oldRecord = {
      consentId: oldId,
      key: `${oldId}.${old.getTime().toString(36)}`,
      time: old.toISOString(),
      revision: 1,
      configHash: '0000000000000000',
      granted: ['necessary'],
      denied: ['preferences', 'analytics', 'marketing'],
      grantedServices: [],
      deniedServices: [],
      source: 'banner',
      language: 'cs',
      url: origin + '/demo/',
    };
    const posted = await fetch(origin + '/consent', {
      method: 'POST',
      body: JSON.stringify(oldRecord),
      headers: { 'content-type': 'application/json' },
    });
    expect(posted.status).toBe(202);

    // 3. Receiver down (the chunk is already loaded in this page view): the decision waits in localStorage,
    // and the next page view delivers it once.
    await stopDemo();
    await page.evaluate(() => (window as unknown as { Keks: { acceptAll(s: string): void } }).Keks.acceptAll('api'));
    await expect.poll(() => queued(page), { timeout: 30_000 }).toHaveLength(1);
    demo = await startDemo(port);
    const retried = stored(page);
    await page.reload();
    await retried;
    await expect.poll(() => queued(page), { timeout: 30_000 }).toEqual([]);
    // 4. A returning visitor with nothing queued downloads none of the records code.
    chunkRequests.length = 0;
    await page.reload();
    await page.waitForFunction(
      () => (window as unknown as { Keks?: { getConsent(): { decided: boolean } } }).Keks?.getConsent().decided,
    );
    expect(chunkRequests).toEqual([]);

    const consent = await page.evaluate(() =>
      (window as unknown as { Keks: { getConsent(): { id: string } } }).Keks.getConsent(),
    );
    await stopDemo();

    // 5. Purge removes the old record; export returns the three decisions, in order, with exactly the fields.
    expect(await cli('purge', '--older-than', '24m', '--db', dir)).toMatch(/purged 1 record decided before/);
    const lines = (await cli('export', '--db', dir))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    for (const r of lines) {
      expect(Object.keys(r)).toEqual([...FIELDS, 'receivedAt']);
      expect(r).toMatchObject({ consentId: consent.id, revision: 1, language: 'cs', url: origin + '/demo/' });
      expect(r.key).toBe(`${r.consentId}.${Date.parse(r.time).toString(36)}`);
      expect(r.configHash).toMatch(/^[\da-f]{16}$/);
    }
    expect(lines.map((r) => r.source)).toEqual(['banner', 'preferences', 'api']);
    expect(lines[0].denied).toEqual([]);
    expect(lines[0].grantedServices.length).toBeGreaterThan(3);
    expect(lines[1].granted).toEqual(['necessary']);
    expect(lines[1].grantedServices).toEqual([]);
    expect(lines[2].deniedServices).toEqual([]);
    expect(new Set(lines.map((r) => r.key)).size).toBe(3);
    const csv = (await cli('export', '--db', dir, '--format', 'csv', '--consent-id', consent.id)).trim().split('\r\n');
    expect(csv[0]).toBe([...FIELDS, 'receivedAt'].join(','));
    expect(csv).toHaveLength(4);
  },
  6 * SLOW,
);

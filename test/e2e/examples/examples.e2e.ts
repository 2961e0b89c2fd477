// The examples in examples/ run as a newcomer would run them: Keks packed from this repository (npm pack),
// installed once for all examples (npm workspaces), each built with its production bundler (Vite, with tsc /
// vue-tsc), then driven in Chromium. Needs the registry the first time (Vite, React, Vue); later runs reuse
// examples/node_modules and only replace the Keks tarball. Run `npx rollup -c` first (`npm test` does).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, repoRoot, e2eSuite } from '../harness/index';

const run = promisify(execFile);
const examples = `${repoRoot}/examples`;
let ssr: ChildProcess | undefined;
let ssrUrl = '';

beforeAll(async () => {
  await run(process.execPath, ['setup.mjs'], { cwd: examples });
  // Production builds (each runs its type check first), one after another: the machine has 2 cores.
  for (const name of ['vite-react', 'vite-vue', 'ssr-node'])
    // NODE_ENV: vitest sets it to "test", and bundlers follow it; a real production build has "production".
    await run('npm', ['run', 'build', '--silent'], {
      cwd: `${examples}/${name}`,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  // The plain-HTML example self-hosts dist/cdn in ./keks/.
  rmSync(`${examples}/plain-html/keks`, { recursive: true, force: true });
  mkdirSync(`${examples}/plain-html/keks`);
  for (const f of readdirSync(`${repoRoot}/dist/cdn`))
    cpSync(`${repoRoot}/dist/cdn/${f}`, `${examples}/plain-html/keks/${f}`, { recursive: true });
}, 600_000);
const e2e = e2eSuite();
beforeAll(async () => {
  ssr = spawn(process.execPath, ['server.js'], { cwd: `${examples}/ssr-node`, env: { ...process.env, PORT: '0' } });
  ssrUrl = await new Promise<string>((resolve, reject) => {
    ssr!.stdout!.on('data', (d: Buffer) => {
      const m = /listening on (\S+)/.exec(String(d));
      if (m) resolve(m[1]);
    });
    ssr!.on('exit', (code) => reject(new Error(`ssr-node/server.js exited with ${code}`)));
  });
}, 600_000);
// Hooks run as a stack: this runs before the suite closes the browser and the server.
afterAll(() => {
  ssr?.kill();
});

const banner = (page: Page) => page.locator('keks-banner [part~="banner"]');
const prefs = (page: Page) => page.locator('keks-preferences dialog');
// The consent cookie's value now: a decision is written by a lazy chunk, so a test that reloads right after a
// click waits for the value to change first (a busy machine may still be fetching that chunk).
const consentCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name == 'keks')?.value;
const written = (page: Page, before: string | undefined) =>
  expect.poll(() => consentCookie(page), { timeout: 20_000 }).not.toBe(before);
// The settings button a returning visitor sees: the loader's stand-in, or the UI's own button once the UI has
// loaded for any reason (it then takes the stand-in's place).
const settingsButton = (page: Page) => page.locator('keks-fab button, keks-floating-button button').first();
// Whole apps with several page loads, the UI fetched each time: more room than one interaction needs.
const FLOW = 90_000;

describe('plain HTML with the self-hosted dist/cdn', () => {
  it(
    'holds the analytics tag until Accept all, then runs it; a returning visitor gets the floating button',
    async () => {
      e2e.tp = await newPage(e2e.browser);
      const { page } = e2e.tp;
      await page.goto(e2e.server.url('/examples/plain-html/'));
      await banner(page).waitFor();
      expect(await page.locator('#status').textContent()).toBe('Analytics has not run.');
      await page.getByRole('heading', { name: 'Example Video is blocked' }).waitFor();
      expect(e2e.server.requestsTo('127.0.0.1', '/examples/plain-html/analytics.js')).toEqual([]);
      // keks-ui.js came from next to keks.js: the self-hosting layout works without uiUrl.
      expect(e2e.server.requestsTo('127.0.0.1').map((r) => r.path)).toContain('/examples/plain-html/keks/keks-ui.js');
      await page.locator('keks-banner [part~="accept"]').click();
      await expect.poll(() => page.locator('#status').textContent()).toBe('Analytics ran.');
      await written(page, undefined);
      await page.reload();
      await settingsButton(page).waitFor();
      expect(await banner(page).isVisible()).toBe(false);
      await expect.poll(() => page.locator('#status').textContent()).toBe('Analytics ran.');
      expect(e2e.tp.errors).toEqual([]);
    },
    FLOW,
  );
});

for (const [name, title] of [
  ['vite-react', 'Vite + React with Keks'],
  ['vite-vue', 'Vite + Vue with Keks'],
] as const)
  describe(`${name} (production build)`, () => {
    it(
      'renders the analytics component only while analytics is accepted; the settings button withdraws',
      async () => {
        e2e.tp = await newPage(e2e.browser);
        const { page } = e2e.tp;
        await page.goto(e2e.server.url(`/examples/${name}/dist/`));
        await page.getByRole('heading', { name: title }).waitFor();
        await banner(page).waitFor();
        expect(await page.locator('#no-analytics').count()).toBe(1);
        expect(await page.locator('#analytics').count()).toBe(0);
        expect(await page.locator('#decided').textContent()).toBe('You have not chosen yet.');

        await page.locator('keks-banner [part~="accept"]').click();
        await page.locator('#analytics').waitFor();
        expect(await page.locator('#decided').textContent()).toBe('You have chosen.');

        await page.locator('#settings').click();
        await prefs(page).waitFor();
        const accepted = await consentCookie(page);
        await page.locator('keks-preferences [part~="reject"]').click();
        await page.locator('#no-analytics').waitFor();
        expect(await page.locator('#analytics').count()).toBe(0);
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('settings');

        // A later page view: the stored refusal is restored, no banner.
        await written(page, accepted);
        await page.reload();
        await page.getByRole('heading', { name: title }).waitFor();
        await expect.poll(() => page.locator('#decided').textContent()).toBe('You have chosen.');
        expect(await page.locator('#no-analytics').count()).toBe(1);
        expect(await banner(page).count()).toBe(0);
        expect(e2e.tp.errors).toEqual([]);
      },
      FLOW,
    );
  });

describe('server-rendered page with keks/server', () => {
  it(
    'the server renders the analytics part only after the visitor allowed it in the browser',
    async () => {
      e2e.tp = await newPage(e2e.browser);
      const { page } = e2e.tp;
      await page.goto(ssrUrl);
      await banner(page).waitFor();
      expect(await page.locator('#server').textContent()).toBe('The server saw: no decision, analytics not allowed.');
      expect(await page.locator('#analytics').count()).toBe(0);

      await page.locator('keks-banner [part~="accept"]').click();
      await written(page, undefined);
      await page.reload();
      expect(await page.locator('#server').textContent()).toBe('The server saw: a decision, analytics allowed.');
      expect(await page.locator('#analytics').count()).toBe(1);

      // Withdraw in the browser; the next request renders without analytics.
      await settingsButton(page).click();
      await prefs(page).waitFor();
      const accepted = await consentCookie(page);
      await page.locator('keks-preferences [part~="reject"]').click();
      await expect.poll(() => page.evaluate(() => window.Keks?.getConsent().granted.includes('analytics'))).toBe(false);
      await written(page, accepted);
      await page.reload();
      expect(await page.locator('#server').textContent()).toBe('The server saw: a decision, analytics not allowed.');
      expect(e2e.tp.errors).toEqual([]);
    },
    FLOW,
  );
});

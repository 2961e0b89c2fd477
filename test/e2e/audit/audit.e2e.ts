// The dev-mode audit (keks.dev.js) in real Chromium: it names a planted undeclared cookie and a request
// to a catalogue tracker host that no service covers, and reports nothing on a clean page.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, startServer, type TestPage, type TestServer } from '../harness/index';

let server: TestServer;
let browser: Browser;
let tp: TestPage | undefined;

beforeAll(async () => {
  server = await startServer();
  // static.hotjar.com (a catalogue host) goes to the test server like every *.test host.
  const target = `127.0.0.1:${server.port}`;
  browser = await launchBrowser({
    port: server.port,
    args: [`--host-resolver-rules=MAP *.test ${target},MAP static.hotjar.com ${target}`],
  });
});
afterEach(async () => {
  await tp?.close();
  tp = undefined;
  server.clear();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits (on the console, not on a timer) for the audit's one report. */
async function auditReport(t: TestPage): Promise<string[]> {
  const deadline = Date.now() + 45_000;
  while (!t.console.some((l) => l.includes('keks audit:'))) {
    if (Date.now() > deadline) throw new Error('no audit report:\n' + t.console.join('\n'));
    await t.page.waitForEvent('console', { timeout: 45_000 }).catch(() => {});
  }
  // The report's lines are logged synchronously together; let the console events for them arrive.
  await t.page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return t.console.filter((l) => l.includes('keks audit'));
}

it('reports a planted undeclared cookie and an unconfigured tracker host, with suggestions', async () => {
  tp = await newPage(browser, { allowConsole: ['keks audit'] });
  await tp.page.goto(server.url('/test/e2e/pages/audit/planted.html'));
  await server.waitForRequest('static.hotjar.com', '/c/hotjar-1.js', 10_000);
  const lines = (await auditReport(tp)).join('\n');
  expect(lines).toContain('keks audit: 2 findings on this page');
  expect(lines).toContain(
    'undeclared cookie _fbp: Meta Pixel, Meta Platforms Ireland Limited; declare it or add from: "meta-pixel"',
  );
  expect(lines).toMatch(
    /unconfigured tracker host static\.hotjar\.com \(http:\/\/static\.hotjar\.com\/c\/hotjar-1\.js[^)]*\): Hotjar \(Hotjar Ltd\.\); add services: \{ hotjar: \{ from: "hotjar" \} \}/,
  );
  // Declared cookies and Keks' own are not reported.
  expect(lines).not.toContain('PHPSESSID');
  expect(tp.errors).toEqual([]);
});

it('reports nothing on a clean page', async () => {
  tp = await newPage(browser);
  await tp.page.goto(server.url('/test/e2e/pages/audit/clean.html'));
  const lines = await auditReport(tp);
  expect(lines[0]).toContain('keks audit: nothing to report');
  expect(lines.join('\n')).not.toMatch(/undeclared|unconfigured|leak/);
  expect(tp.errors).toEqual([]);
});

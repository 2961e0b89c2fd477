// The dev-mode audit (keks.dev.js) in real Chromium: it names a planted undeclared cookie and a request
// to a catalogue tracker host that no service covers, and reports nothing on a clean page.
import { expect, it } from 'vitest';
import { newPage, type TestPage, e2eSuite } from '../harness/index';

const e2e = e2eSuite({
  // static.hotjar.com (a catalogue host) goes to the test server like every *.test host.
  browser: ({ port }) => ({
    args: [`--host-resolver-rules=MAP *.test 127.0.0.1:${port},MAP static.hotjar.com 127.0.0.1:${port}`],
  }),
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
  e2e.tp = await newPage(e2e.browser, { allowConsole: ['keks audit'] });
  await e2e.tp.page.goto(e2e.server.url('/test/e2e/pages/audit/planted.html'));
  await e2e.server.waitForRequest('static.hotjar.com', '/c/hotjar-1.js', 10_000);
  const lines = (await auditReport(e2e.tp)).join('\n');
  expect(lines).toContain('keks audit: 2 findings on this page');
  expect(lines).toContain(
    'undeclared cookie _fbp: Meta Pixel, Meta Platforms Ireland Limited; declare it or add from: "meta-pixel"',
  );
  expect(lines).toMatch(
    /unconfigured tracker host static\.hotjar\.com \(http:\/\/static\.hotjar\.com\/c\/hotjar-1\.js[^)]*\): Hotjar \(Hotjar Ltd\.\); add services: \{ hotjar: \{ from: "hotjar" \} \}/,
  );
  // Declared cookies and Keks' own are not reported.
  expect(lines).not.toContain('PHPSESSID');
  expect(e2e.tp.errors).toEqual([]);
});

it('reports nothing on a clean page', async () => {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.page.goto(e2e.server.url('/test/e2e/pages/audit/clean.html'));
  const lines = await auditReport(e2e.tp);
  expect(lines[0]).toContain('keks audit: nothing to report');
  expect(lines.join('\n')).not.toMatch(/undeclared|unconfigured|leak/);
  expect(e2e.tp.errors).toEqual([]);
});

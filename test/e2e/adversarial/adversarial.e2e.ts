// The adversarial corpus (vectors.ts): for every way around the gate, in Chromium under a nonce CSP, with
// fake trackers on loopback hosts: zero requests, executions and tracker cookies before consent and after
// Reject; exactly the expected load once analytics is granted. Prints a vector × phase table and saves it to
// test-results/adversarial.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, repoRoot, e2eSuite, cspOnTestPages } from '../harness/index';
import { NONCE_CSP } from '../gating/vectors';
import { ADVERSARIAL, type AdversarialVector } from './vectors';

const PHASES = ['before consent', 'after reject', 'accept'] as const;
type Phase = (typeof PHASES)[number];
const GA = 'www.google-analytics.test';

const table = new Map<string, Partial<Record<Phase, string>>>();

const page = (v: AdversarialVector): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Keks adversarial: ${v.name}</title>
    <script nonce="keks-e2e" src="/dist/cdn/keks.js"></script>
    <script nonce="keks-e2e" src="/test/e2e/pages/adversarial/config.js"></script>
  </head>
  <body>
    <main><h1>${v.what.replace(/</g, '&lt;')}</h1><div id="slot"></div>${v.body ?? ''}</main>
    <script nonce="keks-e2e">
      const P = location.port;
      const T = 'http://${GA}:' + P;
      window.again = () => { ${v.code} };
      window.again();
    </script>
  </body>
</html>`;

const e2e = e2eSuite({
  server: { csp: cspOnTestPages(NONCE_CSP) },
  setup: (server) => {
    for (const v of ADVERSARIAL)
      server.route(`/test/e2e/pages/adversarial/${v.name}.html`, (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': NONCE_CSP })
          .end(page(v));
      });
  },
  // The harness maps `*.test`; a host with a trailing dot (`www.google-analytics.test.`) needs its own rule.
  browser: ({ port }) => ({
    args: [`--host-resolver-rules=MAP *.test 127.0.0.1:${port}, MAP *.test. 127.0.0.1:${port}`],
  }),
});

afterAll(async () => {
  const rows = ADVERSARIAL.filter((v) => table.has(v.name)).map(
    (v) => `| ${v.name} | ${v.what} | ${PHASES.map((p) => table.get(v.name)?.[p] ?? '—').join(' | ')} |`,
  );
  const md = [
    '# Adversarial corpus',
    '',
    `Chromium, CSP \`${NONCE_CSP}\`. Each cell: requests to the tracker host / executions / tracker cookies; ✓ = as required.`,
    '',
    `| vector | what | ${PHASES.join(' | ')} |`,
    `|---|---|${PHASES.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ].join('\n');
  console.log('\n' + md);
  mkdirSync(`${repoRoot}/test-results`, { recursive: true });
  writeFileSync(`${repoRoot}/test-results/adversarial.md`, md);
});

interface Snapshot {
  requests: number;
  runs: number;
  cookies: string[];
}
async function snapshot(p: Page, v: AdversarialVector): Promise<Snapshot> {
  const hosts = v.hosts ?? [GA];
  // Tracker scripts run in the page and in its frames (same-origin ones, and data: documents).
  const runs: { host: string }[] = [];
  for (const f of p.frames())
    runs.push(
      ...(await f
        .evaluate(() => (window as unknown as { __tracker_runs?: { host: string }[] }).__tracker_runs ?? [])
        .catch(() => [])),
    );
  return {
    requests: e2e.server.requests.filter((r) => hosts.includes(r.host)).length,
    runs: runs.filter((r) => hosts.includes(r.host)).length,
    cookies: (await p.context().cookies()).filter((c) => c.name != 'keks').map((c) => `${c.name}@${c.domain}`),
  };
}
const cell = (s: Snapshot, ok: boolean): string => `${s.requests}/${s.runs}/${s.cookies.length} ${ok ? '✓' : '✗'}`;
// Held means nothing happens: there is no event to wait for, so give the browser time to do what it would.
const settle = (p: Page): Promise<void> => p.waitForTimeout(400);

describe('adversarial corpus (nonce CSP)', () => {
  for (const v of ADVERSARIAL.filter((x) => !process.env.VECTOR || x.name == process.env.VECTOR)) {
    it(`${v.name}: ${v.what}`, async () => {
      e2e.server.clear();
      const row: Partial<Record<Phase, string>> = {};
      table.set(v.name, row);
      // Refused requests are network errors on the console.
      const tp = await newPage(e2e.browser, { allowConsole: ['net::ERR_', 'keks: blocked', 'keks-blocked:'] });
      const { page: p } = tp;
      try {
        await p.goto(e2e.server.url(`/test/e2e/pages/adversarial/${v.name}.html`));
        await p.waitForLoadState('load');
        await settle(p);
        let s = await snapshot(p, v);
        const none = (x: Snapshot): boolean => x.requests == 0 && x.runs == 0 && x.cookies.length == 0;
        row['before consent'] = cell(s, none(s));
        expect(s, 'before consent').toEqual({ requests: 0, runs: 0, cookies: [] });

        await p.evaluate(() => (window as unknown as { Keks: { rejectAll(): void } }).Keks.rejectAll());
        // A refused request is tried again; a held element stays held (another would be released on accept too).
        if (v.retrigger) await p.evaluate(() => (window as unknown as { again(): void }).again());
        await settle(p);
        s = await snapshot(p, v);
        row['after reject'] = cell(s, none(s));
        expect(s, 'after reject').toEqual({ requests: 0, runs: 0, cookies: [] });

        await p.evaluate(() =>
          (window as unknown as { Keks: { save(c: object): void } }).Keks.save({ categories: ['analytics'] }),
        );
        if (v.retrigger) await p.evaluate(() => (window as unknown as { again(): void }).again());
        await expect
          .poll(async () => (await snapshot(p, v)).requests, { timeout: 10_000, message: 'requests on accept' })
          .toBe(v.requests);
        if (v.runs) await expect.poll(async () => (await snapshot(p, v)).runs, { timeout: 10_000 }).toBe(v.runs);
        await settle(p);
        s = await snapshot(p, v);
        row.accept = cell(s, s.requests == v.requests && s.runs == (v.runs ?? 0));
        expect({ requests: s.requests, runs: s.runs }, 'exactly once on accept').toEqual({
          requests: v.requests,
          runs: v.runs ?? 0,
        });
        expect(tp.errors).toEqual([]);
      } finally {
        await tp.close();
      }
    });
  }
});

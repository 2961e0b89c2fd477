// The gating matrix (nothing before consent, ePrivacy Art. 5(3); withdrawal, GDPR Art. 7(3)): every vector of the corpus through
// every phase in one page view, in Chromium, under a nonce-only CSP. Prints a vector × phase table and
// saves it to test-results/gating-matrix.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, repoRoot, trackerRuns, e2eSuite, cspOnTestPages } from '../harness/index';
import { NONCE_CSP, VECTORS, type Category, type Vector } from './vectors';

const PHASES = ['before consent', 'after reject', 'other category', 'accept', 're-apply', 'after revoke'] as const;
type Phase = (typeof PHASES)[number];

const table = new Map<string, Partial<Record<Phase, string>>>();

const e2e = e2eSuite({ server: { csp: cspOnTestPages(NONCE_CSP) } });

afterAll(async () => {
  const rows = VECTORS.filter((v) => table.has(v.page)).map(
    (v) => `| ${v.page} | ${PHASES.map((p) => table.get(v.page)?.[p] ?? '—').join(' | ')} |`,
  );
  const md = [
    '# Gating matrix',
    '',
    `Chromium, CSP \`${NONCE_CSP}\`. Each cell: requests to the tracker host / executions / tracker cookies; ✓ = as required.`,
    '',
    `| vector | ${PHASES.join(' | ')} |`,
    `|---|${PHASES.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ].join('\n');
  console.log('\n' + md);
  mkdirSync(`${repoRoot}/test-results`, { recursive: true });
  writeFileSync(`${repoRoot}/test-results/gating-matrix.md`, md);
});

const other = (c: Category): Category => (c == 'analytics' ? 'marketing' : 'analytics');
const settle = (page: Page, ms = 350): Promise<void> => page.waitForTimeout(ms);

interface Snapshot {
  requests: number;
  runs: number;
  /** First-party cookies other than the consent cookie, and any cookie on a tracker host. */
  cookies: string[];
  href: string | null;
}

async function snapshot(page: Page, v: Vector): Promise<Snapshot> {
  const cookies = (await page.context().cookies()).filter((c) => c.name != 'keks').map((c) => `${c.name}@${c.domain}`);
  return {
    requests: e2e.server.requestsTo(v.host).length,
    runs: (await trackerRuns(page)).filter((r) => r.host == v.host).length,
    cookies,
    href: v.hrefOnly ? await page.evaluate(() => document.querySelector('link#v')!.getAttribute('href')) : null,
  };
}

const cell = (s: Snapshot, ok: boolean, v: Vector): string =>
  `${v.hrefOnly ? `href ${s.href ? 'set' : 'none'}` : `${s.requests}/${s.runs}/${s.cookies.length}`} ${ok ? '✓' : '✗'}`;

async function save(page: Page, categories: Category[]): Promise<void> {
  await page.evaluate(
    (c) => (window as unknown as { Keks: { save(s: { categories: string[] }): void } }).Keks.save({ categories: c }),
    categories,
  );
}

describe('gating matrix (nonce CSP)', () => {
  // VECTOR=<page> runs one row while working on it.
  for (const v of VECTORS.filter((x) => !process.env.VECTOR || x.page == process.env.VECTOR)) {
    it(`${v.page}: nothing before consent, after reject or for another category; exactly ${v.requests} on accept; nothing after revoke`, async () => {
      e2e.server.clear();
      const row: Partial<Record<Phase, string>> = {};
      table.set(v.page, row);
      // The XHR vector's refusal is a network error, which Chromium reports on the console.
      const tp = await newPage(e2e.browser, {
        allowConsole: v.page == 'xhr' ? ['keks-blocked:', 'net::ERR_FAILED'] : [],
      });
      const { page } = tp;
      const record = (phase: Phase, s: Snapshot, ok: boolean): void => {
        row[phase] = cell(s, ok, v);
      };
      const none = (s: Snapshot): boolean => s.requests == 0 && s.runs == 0 && s.cookies.length == 0 && s.href == null;
      try {
        await page.goto(e2e.server.url(`/test/e2e/pages/gating/${v.page}.html`));
        await page.waitForLoadState('load');
        await settle(page);
        let s = await snapshot(page, v);
        record('before consent', s, none(s));
        expect(s, 'before consent').toMatchObject({ requests: 0, runs: 0, cookies: [], href: null });

        await page.evaluate(() => (window as unknown as { Keks: { rejectAll(): void } }).Keks.rejectAll());
        await settle(page);
        s = await snapshot(page, v);
        record('after reject', s, none(s));
        expect(s, 'after reject').toMatchObject({ requests: 0, runs: 0, cookies: [], href: null });

        await save(page, [other(v.category)]);
        await settle(page);
        s = await snapshot(page, v);
        record('other category', s, none(s));
        expect(s, `only ${other(v.category)} granted`).toMatchObject({ requests: 0, runs: 0, cookies: [], href: null });

        await save(page, [other(v.category), v.category]);
        if (v.retrigger) await page.evaluate(() => (window as unknown as { again(): void }).again());
        await expect
          .poll(async () => (await snapshot(page, v)).requests, { timeout: 5000, message: `requests to ${v.host}` })
          .toBe(v.requests)
          .catch((e: Error) => {
            throw new Error(
              `${e.message}: ${e2e.server
                .requestsTo(v.host)
                .map((r) => r.path)
                .join(' ')}`,
            );
          });
        if (v.runs) await expect.poll(async () => (await snapshot(page, v)).runs, { timeout: 5000 }).toBe(v.runs);
        await settle(page);
        s = await snapshot(page, v);
        const accepted =
          s.requests == v.requests &&
          s.runs == v.runs &&
          (!v.hrefOnly || !!s.href) &&
          (!v.cookie || s.cookies.some((c) => c.startsWith(v.cookie + '@')));
        record('accept', s, accepted);
        expect(
          s.requests,
          'requests on accept: ' +
            e2e.server
              .requestsTo(v.host)
              .map((r) => r.path)
              .join(' '),
        ).toBe(v.requests);
        expect(s.runs, 'executions on accept').toBe(v.runs);
        // A double release would show as one URL asked for twice (and, for media, the browser's own retries).
        const paths = e2e.server.requestsTo(v.host).map((r) => r.path);
        expect(paths.length - new Set(paths).size, 'a URL requested twice: ' + paths.join(' ')).toBe(0);
        if (v.hrefOnly) expect(s.href, 'hint released').toBe('http://www.google-analytics.test/');
        if (v.cookie) expect(s.cookies.map((c) => c.split('@')[0])).toContain(v.cookie);

        // Consent applied again (same save, a second init) releases nothing twice.
        await save(page, [other(v.category), v.category]);
        await page.evaluate(() => (window as unknown as { Keks: { init(c: object): void } }).Keks.init({}));
        await settle(page);
        const again = await snapshot(page, v);
        const same = again.requests == s.requests && again.runs == s.runs;
        record('re-apply', again, same);
        expect({ requests: again.requests, runs: again.runs }, 're-apply').toEqual({
          requests: s.requests,
          runs: s.runs,
        });

        // Withdrawal (GDPR Art. 7(3)) deletes the declared first-party cookie and refuses every new attempt.
        await save(page, [other(v.category)]);
        await settle(page, 150);
        await page.evaluate(() => (window as unknown as { again?(): void }).again?.());
        await settle(page, 500);
        const after = await snapshot(page, v);
        // A hint inserted again after withdrawal gets no href.
        if (v.hrefOnly)
          after.href = await page.evaluate(() =>
            [...document.querySelectorAll('link[data-category]')].pop()!.getAttribute('href'),
          );
        const firstParty = (await page.evaluate(() => document.cookie)).split(/;\s*/).map((c) => c.split('=')[0]);
        const revoked =
          after.requests == s.requests &&
          after.runs == s.runs &&
          !(v.cookie && firstParty.includes(v.cookie)) &&
          after.href == null;
        record(
          'after revoke',
          {
            ...after,
            requests: after.requests - s.requests,
            runs: after.runs - s.runs,
            cookies: v.cookie && firstParty.includes(v.cookie) ? [v.cookie] : [],
          },
          revoked,
        );
        expect(after.requests, 'no request after revoke').toBe(s.requests);
        expect(after.runs, 'no execution after revoke').toBe(s.runs);
        if (v.cookie) expect(firstParty, 'declared cookie deleted').not.toContain(v.cookie);
        if (v.hrefOnly) expect(after.href, 'hint inserted after revoke').toBeNull();
        expect(tp.errors).toEqual([]);
      } finally {
        await tp.close();
      }
    });
  }
});

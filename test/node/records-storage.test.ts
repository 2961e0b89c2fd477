// @vitest-environment node
// The same storage suite on PGlite (a directory) and on a real PostgreSQL server (a throw-away cluster).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/node/records/open-storage.js';
import type { RecordsStorage } from '../../src/node/records/storage.js';
import { postgresMissing, startCluster, type PgCluster } from '../helpers/postgres-cluster.js';
import { makeRecord } from '../helpers/records.js';

const T = 120_000;
const DAY = 864e5;

const collect = async (s: RecordsStorage, f?: Parameters<RecordsStorage['export']>[0]) => {
  const out = [];
  for await (const r of s.export(f)) out.push(r);
  return out;
};

function storageSuite(name: string, open: () => Promise<RecordsStorage>): void {
  describe(name, () => {
    let s: RecordsStorage;
    beforeAll(async () => {
      s = await open();
    }, T);
    afterAll(() => s?.close(), T);

    it(
      'migrates, reports healthy and stores a record once per key',
      async () => {
        expect(await s.healthy()).toBe(true);
        const r = makeRecord();
        expect(await s.insert(r)).toBe(true);
        expect(await s.insert(r)).toBe(false);
        expect(
          await s.insert({ ...r, granted: ['necessary'], denied: ['analytics', 'preferences', 'marketing'] }),
        ).toBe(false);
        const rows = await collect(s, { consentId: r.consentId });
        expect(rows.map((x) => x.record)).toEqual([r]);
        expect(Object.keys(rows[0].record)).toEqual(Object.keys(r));
      },
      T,
    );

    it(
      'batches concurrent inserts: every record once, duplicates in one batch reported once',
      async () => {
        const before = await s.count();
        const records = Array.from({ length: 300 }, (_, i) => makeRecord({ ms: Date.now() - i }));
        const results = await Promise.all([...records, ...records.slice(0, 50)].map((r) => s.insert(r)));
        expect(results.filter(Boolean)).toHaveLength(300);
        expect(await s.count()).toBe(before + 300);
      },
      T,
    );

    it(
      'exports in time order with from/to/consent id filters, across pages',
      async () => {
        const id = '00000000-0000-4000-8000-00000000e001';
        const base = Date.UTC(2025, 0, 1);
        const mine = Array.from({ length: 1205 }, (_, i) => makeRecord({ consentId: id, ms: base + i * 1000 }));
        await Promise.all(mine.map((r) => s.insert(r)));
        const all = await collect(s, { consentId: id });
        expect(all.map((x) => x.record.key)).toEqual(mine.map((r) => r.key));
        const some = await collect(s, { consentId: id, from: new Date(base + 10_000), to: new Date(base + 20_000) });
        expect(some.map((x) => x.record.time)).toEqual(mine.slice(10, 20).map((r) => r.time));
        expect(some[0].receivedAt).toBeInstanceOf(Date);
      },
      T,
    );

    it(
      'purges records decided before a date and keeps the rest',
      async () => {
        const old = makeRecord({ ms: Date.now() - 800 * DAY });
        const recent = makeRecord({ ms: Date.now() - 10 * DAY });
        await s.insert(old);
        await s.insert(recent);
        const gone = await s.purge(new Date(Date.now() - 730 * DAY));
        expect(gone).toBeGreaterThanOrEqual(1);
        expect(await collect(s, { consentId: old.consentId })).toEqual([]);
        expect(await collect(s, { consentId: recent.consentId })).toHaveLength(1);
      },
      T,
    );

    it(
      'migrating again on reopen keeps every record',
      async () => {
        const n = await s.count();
        await s.close();
        s = await open();
        expect(await s.count()).toBe(n);
      },
      T,
    );
  });
}

let dir = '';
storageSuite('PGlite storage', async () => {
  dir ||= await mkdtemp(join(tmpdir(), 'keks-pglite-'));
  return openStorage({ db: dir });
});
afterAll(() => dir && rm(dir, { recursive: true, force: true }));

const missing = postgresMissing();
if (missing && process.env.CI !== 'true') {
  console.warn(`\n!! PostgreSQL storage tests not run: ${missing}\n`);
} else {
  let cluster: PgCluster;
  describe('PostgreSQL server', () => {
    it('is installed (CI installs it with apt)', () => {
      expect(missing).toBeNull();
    });
    beforeAll(async () => {
      cluster = await startCluster(54310);
    }, T);
    afterAll(() => cluster?.destroy(), T);
    storageSuite('PostgreSQL storage', () => openStorage({ databaseUrl: cluster.url }));
  });
}

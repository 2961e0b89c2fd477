// @vitest-environment node
// Faults on loopback: the receiver killed (SIGKILL) and restarted while clients keep posting; the database
// restarted under the receiver; SIGTERM while requests are in flight. Clients use the browser chunk's own
// queue and sender, so "retry delivers the rest without duplicates" is the real retry code.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordsHandler, toNodeListener } from '../../src/node/records/index.js';
import { openStorage } from '../../src/node/records/open-storage.js';
import type { RecordsStorage } from '../../src/node/records/storage.js';
import { createQueue, type RecordQueue } from '../../src/records/queue.js';
import { send } from '../../src/records/send.js';
import { postgresMissing, startCluster, type PgCluster } from '../helpers/postgres-cluster.js';
import { makeRecord } from '../helpers/records.js';

const T = 180_000;
const CLI = resolve(__dirname, '../../dist/node/cli.js');

const freePort = async (): Promise<number> => {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
};

/** Polls `check` until it is true; fails after `ms` (generous: the machine is shared). */
const until = async (check: () => Promise<boolean> | boolean, ms = 60_000, what = 'condition'): Promise<void> => {
  const end = Date.now() + ms;
  while (
    !(await Promise.resolve()
      .then(check)
      .catch(() => false))
  ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
const healthy = async (base: string): Promise<boolean> => (await fetch(base + '/health')).status == 200;

/** `keks records serve` as a child process; resolves once it answers /health. */
async function startReceiver(port: number, args: string[]): Promise<ChildProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with \`npx rollup -c\`.`);
  const child = spawn(
    process.execPath,
    [CLI, 'records', 'serve', '--port', String(port), '--rate-limit', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.once('exit', r));
  await Promise.race([
    until(() => healthy(`http://127.0.0.1:${port}`), 90_000, 'the receiver to start'),
    exited.then(() => {
      throw new Error('receiver exited: ' + out);
    }),
  ]);
  return child;
}
const exitOf = (child: ChildProcess): Promise<number | null> =>
  child.exitCode != null || child.signalCode != null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.once('exit', (code) => r(code)));

/** A browser-like client: its own retry queue (memory), the chunk's sender, oldest first. */
function client(endpoint: string) {
  const queue: RecordQueue = createQueue(() => null, 10_000);
  const acked = new Set<string>();
  let retries = 0;
  const drain = async (): Promise<void> => {
    for (let r = queue.all()[0]; r; r = queue.all()[0]) {
      const result = await send(endpoint, r);
      if (result == 'retry') {
        retries++;
        return;
      }
      expect(result).toBe('stored');
      acked.add(r.key);
      queue.remove(r.key);
    }
  };
  return { queue, acked, drain, retries: () => retries };
}

async function keysIn(storage: RecordsStorage): Promise<string[]> {
  const keys: string[] = [];
  for await (const { record } of storage.export()) keys.push(record.key);
  return keys;
}

const missing = postgresMissing();
if (missing && process.env.CI !== 'true') console.warn(`\n!! PostgreSQL fault tests not run: ${missing}\n`);
else
  describe('with a PostgreSQL server', () => {
    let cluster: PgCluster;
    beforeAll(async () => {
      cluster = await startCluster(54311);
    }, T);
    afterAll(() => cluster?.destroy(), T);

    it('is installed (CI installs it with apt)', () => expect(missing).toBeNull());

    it(
      'receiver killed and restarted while clients post: every 202 is stored, retries deliver the rest, no duplicates',
      async () => {
        const port = await freePort();
        const url = cluster.url.replace(/postgres$/, 'postgres?application_name=kill');
        let receiver = await startReceiver(port, ['--database-url', url]);
        const endpoint = `http://127.0.0.1:${port}/consent`;
        const clients = Array.from({ length: 6 }, () => client(endpoint));
        const made: string[] = [];
        let posting = true;
        const loops = clients.map(async (c) => {
          while (posting) {
            const r = makeRecord({ ms: Date.now() - Math.floor(Math.random() * 1e6) });
            made.push(r.key);
            c.queue.add(r);
            await c.drain();
            // After a failure the next record waits behind the queued ones, as in the browser.
            if (c.queue.all().length > 1) await new Promise((r) => setTimeout(r, 20));
          }
        });
        await until(() => clients.every((c) => c.acked.size >= 5), 60_000, 'records before the kill');
        receiver.kill('SIGKILL');
        await exitOf(receiver);
        await until(() => clients.some((c) => c.retries() > 0), 30_000, 'a client to see the receiver gone');
        receiver = await startReceiver(port, ['--database-url', url]);
        const ackedAtRestart = clients.reduce((n, c) => n + c.acked.size, 0);
        await until(
          () => clients.reduce((n, c) => n + c.acked.size, 0) > ackedAtRestart + 30,
          60_000,
          'posts after restart',
        );
        posting = false;
        await Promise.all(loops);
        // The next page views: every queue is retried until empty.
        await until(
          async () => {
            await Promise.all(clients.map((c) => c.drain()));
            return clients.every((c) => c.queue.all().length == 0);
          },
          60_000,
          'the retry queues to empty',
        );
        receiver.kill('SIGTERM');
        expect(await exitOf(receiver)).toBe(0);

        const storage = await openStorage({ databaseUrl: cluster.url });
        try {
          const stored = await keysIn(storage);
          expect(new Set(stored).size).toBe(stored.length);
          expect(stored.sort()).toEqual([...made].sort());
          for (const c of clients) for (const k of c.acked) expect(stored).toContain(k);
          expect(clients.reduce((n, c) => n + c.retries(), 0)).toBeGreaterThan(0);
        } finally {
          await storage.purge(new Date(Date.now() + 864e5));
          await storage.close();
        }
      },
      T,
    );

    it(
      'database restarted under the receiver: 503 while down (the client keeps the record), then it reconnects',
      async () => {
        const storage = await openStorage({ databaseUrl: cluster.url });
        const server: Server = createServer(toNodeListener(createRecordsHandler({ storage, rateLimit: false })));
        await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        try {
          const c = client(base + '/consent');
          const first = makeRecord();
          c.queue.add(first);
          await c.drain();
          expect(c.acked.has(first.key)).toBe(true);

          await cluster.stop();
          expect((await fetch(base + '/health')).status).toBe(503);
          const during = makeRecord();
          c.queue.add(during);
          const r = await fetch(base + '/consent', {
            method: 'POST',
            body: JSON.stringify(during),
            headers: { 'content-type': 'application/json' },
          });
          expect(r.status).toBe(503);
          expect(r.headers.get('retry-after')).toBe('5');
          await c.drain();
          expect(c.queue.all().map((x) => x.key)).toEqual([during.key]);

          await cluster.start();
          await until(() => healthy(base), 60_000, 'the receiver to reconnect');
          await c.drain();
          expect(c.queue.all()).toEqual([]);
          const stored = await keysIn(storage);
          expect(stored.filter((k) => k == first.key || k == during.key).sort()).toEqual(
            [first.key, during.key].sort(),
          );
        } finally {
          server.close();
          await storage.close();
        }
      },
      T,
    );

    it(
      'SIGTERM with requests in flight: finishes those it accepted, exits 0, every 202 is in the database',
      async () => {
        const port = await freePort();
        const receiver = await startReceiver(port, ['--database-url', cluster.url]);
        const records = Array.from({ length: 150 }, () => makeRecord());
        const answers = records.map((r) =>
          fetch(`http://127.0.0.1:${port}/consent`, {
            method: 'POST',
            body: JSON.stringify(r),
            headers: { 'content-type': 'application/json' },
          }).then(
            (a) => a.status,
            () => 0, // refused after the stop: the browser would keep it
          ),
        );
        await Promise.race(answers);
        receiver.kill('SIGTERM');
        const statuses = await Promise.all(answers);
        expect(await exitOf(receiver)).toBe(0);
        expect(statuses.filter((s) => s == 202).length).toBeGreaterThan(0);
        expect(statuses.every((s) => s == 202 || s == 0)).toBe(true);
        const storage = await openStorage({ databaseUrl: cluster.url });
        try {
          const stored = new Set(await keysIn(storage));
          records.forEach((r, i) => statuses[i] == 202 && expect(stored.has(r.key), r.key).toBe(true));
        } finally {
          await storage.close();
        }
      },
      T,
    );
  });

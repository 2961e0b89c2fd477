// `npm run bench:records`: load on the consent-records receiver, on loopback. For PGlite and for PostgreSQL
// (a throw-away cluster, as the postgres user when run as root), `keks records serve` runs as its own
// process and N concurrent clients post records for DURATION seconds (5% of posts repeat an earlier key,
// as browser retries do). Reports records/s, p50/p99 latency, and counts in the database: every record
// that got a 202 must be there once (lost and duplicated must be 0).
// Options (env): CLIENTS (32), DURATION (30), ENGINES (pglite,postgresql), PG_PORT (54313), PORT (9212).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage } from '../dist/node/records.js';

const CLIENTS = Number(process.env.CLIENTS || 32);
const DURATION = Number(process.env.DURATION || 30);
const ENGINES = (process.env.ENGINES || 'pglite,postgresql').split(',');
const PG_BIN = process.env.KEKS_PG_BIN || '/usr/lib/postgresql/15/bin';
const PG_PORT = Number(process.env.PG_PORT || 54313);
const PORT = Number(process.env.PORT || 9212);
const CLI = new URL('../dist/node/cli.js', import.meta.url).pathname;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const asPostgres = (bin, args) =>
  execFileSync(
    process.getuid() === 0 ? 'runuser' : join(PG_BIN, bin),
    process.getuid() === 0 ? ['-u', 'postgres', '--', join(PG_BIN, bin), ...args] : args,
    {
      stdio: 'pipe',
    },
  );

function record() {
  const id = randomUUID();
  const ms = Date.now() - Math.floor(Math.random() * 1e9);
  return {
    consentId: id,
    key: `${id}.${ms.toString(36)}`,
    time: new Date(ms).toISOString(),
    revision: 1,
    configHash: '0123456789abcdef',
    granted: ['necessary', 'analytics'],
    denied: ['preferences', 'marketing'],
    grantedServices: ['ga'],
    deniedServices: ['baidu', 'tiktok'],
    source: 'banner',
    language: 'cs',
    url: 'https://www.example.cz/clanek/nejaky-clanek',
  };
}

async function serve(args) {
  const child = spawn(
    process.execPath,
    [CLI, 'records', 'serve', '--port', String(PORT), '--rate-limit', '0', ...args],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  throw new Error('receiver did not start');
}
const stop = (child) =>
  new Promise((r) => {
    child.once('exit', r);
    child.kill('SIGTERM');
  });

// node:http with keep-alive, not fetch: the load generator shares the 2 cores and must cost less than the receiver.
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
const post = (body) =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: PORT,
        path: '/consent',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

async function load() {
  const acked = new Set();
  const latencies = [];
  let errors = 0;
  let repeats = 0;
  const end = Date.now() + DURATION * 1000;
  const sent = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < end) {
        const repeat = sent.length > 100 && Math.random() < 0.05;
        const r = repeat ? sent[Math.floor(Math.random() * sent.length)] : record();
        const t = performance.now();
        try {
          const status = await post(JSON.stringify(r));
          latencies.push(performance.now() - t);
          if (status == 202) {
            acked.add(r.key);
            if (!repeat) sent.push(r);
            else repeats++;
          } else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { acked, posts: latencies.length, repeats, errors, p50: q(0.5), p99: q(0.99) };
}

async function check(storage, acked) {
  const keys = new Map();
  for await (const { record: r } of storage.export()) keys.set(r.key, (keys.get(r.key) || 0) + 1);
  let lost = 0;
  for (const k of acked) if (!keys.has(k)) lost++;
  const duplicated = [...keys.values()].filter((n) => n > 1).length;
  return { rows: keys.size, lost, duplicated };
}

const results = [];
for (const engine of ENGINES) {
  const dir = mkdtempSync(join(tmpdir(), `keks-bench-${engine}-`));
  let url;
  try {
    if (engine == 'postgresql') {
      if (!existsSync(join(PG_BIN, 'initdb')))
        throw new Error(`PostgreSQL is missing (${PG_BIN}): apt-get install -y postgresql`);
      if (process.getuid() === 0)
        chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'])), Number(execFileSync('id', ['-g', 'postgres'])));
      asPostgres('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
      // Default durability (fsync, synchronous_commit on): a 202 means committed to disk.
      asPostgres('pg_ctl', [
        '-D',
        join(dir, 'data'),
        '-o',
        `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1`,
        '-l',
        join(dir, 'log'),
        '-w',
        'start',
      ]);
      url = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`;
    }
    console.log(`\n== ${engine}: ${CLIENTS} clients, ${DURATION} s`);
    const child = await serve(url ? ['--database-url', url] : ['--db', join(dir, 'db')]);
    const r = await load();
    await stop(child);
    const storage = await openStorage(url ? { databaseUrl: url } : { db: join(dir, 'db') });
    const db = await check(storage, r.acked);
    await storage.close();
    const row = {
      engine,
      clients: CLIENTS,
      'records/s': Math.round(r.acked.size / DURATION),
      'posts/s': Math.round(r.posts / DURATION),
      'p50 ms': r.p50?.toFixed(1),
      'p99 ms': r.p99?.toFixed(1),
      accepted: r.acked.size,
      'repeated keys': r.repeats,
      errors: r.errors,
      'rows in db': db.rows,
      lost: db.lost,
      duplicated: db.duplicated,
    };
    console.table([row]);
    results.push(row);
  } finally {
    if (url) {
      try {
        asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  '\n| engine | clients | records/s | p50 ms | p99 ms | accepted | rows in DB | lost | duplicated | errors |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results)
  console.log(
    `| ${r.engine} | ${r.clients} | ${r['records/s']} | ${r['p50 ms']} | ${r['p99 ms']} | ${r.accepted} | ${r['rows in db']} | ${r.lost} | ${r.duplicated} | ${r.errors} |`,
  );
const bad = results.some((r) => r.lost || r.duplicated || r.accepted != r['rows in db']);
process.exitCode = bad ? 1 : 0;

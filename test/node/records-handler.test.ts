// @vitest-environment node
// The receiver's web handler on PGlite, through Node's http adapter: routes, CORS, bad input, flood.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordsHandler, recordsMiddleware, toNodeListener } from '../../src/node/records/index.js';
import { openStorage } from '../../src/node/records/open-storage.js';
import { createRateLimiter } from '../../src/node/records/rate-limit.js';
import type { RecordsStorage } from '../../src/node/records/storage.js';
import { makeRecord } from '../helpers/records.js';

const T = 120_000;
const SITE = 'https://www.example.cz';
let dir: string, storage: RecordsStorage, server: Server, base: string;

const listen = async (s: Server): Promise<string> => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'keks-handler-'));
  storage = await openStorage({ db: dir });
  server = createServer(
    toNodeListener(createRecordsHandler({ storage, origins: [SITE], rateLimit: { max: 40, windowMs: 60_000 } })),
  );
  base = await listen(server);
}, T);
afterAll(async () => {
  server?.close();
  await storage?.close();
  await rm(dir, { recursive: true, force: true });
}, T);

const post = (
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  path = '/consent',
) => fetch(base + path, { method: 'POST', body, headers });

describe('routes', () => {
  it(
    'GET /health answers 200 with the storage kind',
    async () => {
      const r = await fetch(base + '/health');
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ status: 'ok', storage: 'pglite' });
    },
    T,
  );

  it(
    'POST /consent and POST / store a record once (202 both times) and the row has nothing else',
    async () => {
      const rec = makeRecord();
      const a = await post(JSON.stringify(rec));
      expect(a.status).toBe(202);
      expect(await a.json()).toEqual({ stored: true, key: rec.key });
      // sendBeacon sends a string as text/plain
      const b = await post(JSON.stringify(rec), { 'content-type': 'text/plain;charset=UTF-8' }, '/');
      expect(b.status).toBe(202);
      expect(await b.json()).toEqual({ stored: false, key: rec.key });
      const rows = [];
      for await (const x of storage.export({ consentId: rec.consentId })) rows.push(x);
      expect(rows.map((x) => x.record)).toEqual([rec]);
      // No address or user agent of the sender reaches the database.
      expect(JSON.stringify(rows)).not.toMatch(/127\.0\.0\.1|node|undici/i);
    },
    T,
  );

  it(
    'is a standard web handler: Request in, Response out, no Node server needed (Deno, Bun, edge)',
    async () => {
      const handler = createRecordsHandler({ storage, rateLimit: { max: 5 } });
      const rec = makeRecord();
      const r = await handler(
        new Request('https://records.example.com/consent', {
          method: 'POST',
          body: JSON.stringify(rec),
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect(r.status).toBe(202);
      expect((await handler(new Request('https://records.example.com/health'))).status).toBe(200);
    },
    T,
  );

  it(
    'unknown paths are 404 and other methods 405',
    async () => {
      expect((await fetch(base + '/admin')).status).toBe(404);
      expect((await fetch(base + '/consent')).status).toBe(405);
      expect((await fetch(base + '/health', { method: 'POST' })).status).toBe(405);
    },
    T,
  );
});

describe('CORS', () => {
  it(
    'answers the preflight of a configured origin',
    async () => {
      const r = await fetch(base + '/consent', {
        method: 'OPTIONS',
        headers: { origin: SITE, 'access-control-request-method': 'POST' },
      });
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe(SITE);
      expect(r.headers.get('access-control-allow-methods')).toBe('POST');
      expect(r.headers.get('access-control-allow-headers')).toBe('content-type');
    },
    T,
  );

  it(
    'refuses other origins, preflight and post, and stores nothing',
    async () => {
      const before = await storage.count();
      const pre = await fetch(base + '/consent', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
      expect(pre.status).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const r = await post(JSON.stringify(makeRecord()), {
        'content-type': 'application/json',
        origin: 'https://evil.example',
      });
      expect(r.status).toBe(403);
      expect(await r.json()).toEqual({ error: 'origin not allowed', field: 'origin' });
      expect(await storage.count()).toBe(before);
    },
    T,
  );
});

describe('bad input: the right status, a JSON error naming the field, nothing stored', () => {
  const rec = makeRecord();
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['oversized body', () => post(JSON.stringify({ ...rec, url: rec.url + '/x'.repeat(5000) })), 413, 'body'],
    [
      'wrong content type',
      () => post(JSON.stringify(rec), { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'content-type',
    ],
    [
      'no content type',
      // A Blob without a type: fetch sends no Content-Type (a string body would get text/plain).
      () => fetch(base + '/consent', { method: 'POST', body: new Blob([JSON.stringify(rec)]) }),
      415,
      'content-type',
    ],
    ['malformed JSON', () => post('{"consentId": '), 400, 'body'],
    ['an array', () => post('[]'), 422, 'body'],
    ['unknown field', () => post(JSON.stringify({ ...rec, userAgent: 'Mozilla/5.0' })), 422, 'userAgent'],
    ['an IP field', () => post(JSON.stringify({ ...rec, ip: '203.0.113.9' })), 422, 'ip'],
    ['missing field', () => post(JSON.stringify({ ...rec, url: undefined })), 422, 'url'],
    ['forged key', () => post(JSON.stringify({ ...rec, key: rec.consentId + '.zzzz' })), 422, 'key'],
    [
      'key of another consent id',
      () => post(JSON.stringify({ ...rec, consentId: makeRecord().consentId })),
      422,
      'key',
    ],
    ['not a UUID', () => post(JSON.stringify({ ...rec, consentId: 'DROP TABLE' })), 422, 'consentId'],
    ['time in the future', () => post(JSON.stringify(makeRecord({ ms: Date.now() + 7 * 864e5 }))), 422, 'time'],
    ['revision as text', () => post(JSON.stringify({ ...rec, revision: '1' })), 422, 'revision'],
    ['id with markup', () => post(JSON.stringify({ ...rec, granted: ['necessary', '<img>'] })), 422, 'granted[1]'],
    ['granted and denied', () => post(JSON.stringify({ ...rec, denied: ['analytics'] })), 422, 'denied'],
    ['unknown source', () => post(JSON.stringify({ ...rec, source: 'robot' })), 422, 'source'],
    ['url with a query', () => post(JSON.stringify({ ...rec, url: rec.url + '?email=a@b.c' })), 422, 'url'],
    ['url with a fragment', () => post(JSON.stringify({ ...rec, url: rec.url + '#x' })), 422, 'url'],
    ['javascript url', () => post(JSON.stringify({ ...rec, url: 'javascript:alert(1)' })), 422, 'url'],
  ];
  it.each(cases)(
    '%s',
    async (_, send, status, field) => {
      const before = await storage.count();
      const r = await send();
      expect(r.status).toBe(status);
      expect(r.headers.get('content-type')).toBe('application/json');
      const body = await r.json();
      expect(body.field).toBe(field);
      expect(typeof body.error).toBe('string');
      expect(await storage.count()).toBe(before);
    },
    T,
  );
});

describe('flood from one client', () => {
  it(
    'answers 429 with Retry-After beyond the limit, and the valid records before it are stored once',
    async () => {
      // A fresh receiver so earlier tests' requests do not count against this client.
      const flood = createServer(
        toNodeListener(createRecordsHandler({ storage, rateLimit: { max: 20, windowMs: 60_000 } })),
      );
      const url = await listen(flood);
      try {
        const before = await storage.count();
        const records = Array.from({ length: 60 }, () => makeRecord());
        const answers = await Promise.all(
          records.map((r) =>
            fetch(url + '/consent', {
              method: 'POST',
              body: JSON.stringify(r),
              headers: { 'content-type': 'application/json' },
            }),
          ),
        );
        const statuses = answers.map((a) => a.status);
        expect(statuses.filter((s) => s == 202)).toHaveLength(20);
        expect(statuses.filter((s) => s == 429)).toHaveLength(40);
        const limited = answers.find((a) => a.status == 429)!;
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await storage.count()).toBe(before + 20);
      } finally {
        flood.close();
      }
    },
    T,
  );

  it('counts clients apart by address, forgets every count when the window turns, keeps no address', async () => {
    let t = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 1000 }, () => t);
    const hits = [];
    for (let i = 0; i < 3; i++) hits.push(await limiter.hit('203.0.113.1'));
    expect(hits).toEqual([0, 0, 1]);
    expect(await limiter.hit('203.0.113.2')).toBe(0);
    t = 1000;
    expect(await limiter.hit('203.0.113.1')).toBe(0);
    // The limiter's whole state, serialised, holds no address.
    expect(JSON.stringify(Object.entries(limiter))).not.toContain('203.0.113');
  });
});

describe('Express/Connect middleware adapter', () => {
  it(
    'serves under a mount path and passes handler errors to next()',
    async () => {
      const mw = recordsMiddleware(createRecordsHandler({ storage, rateLimit: false }));
      const errors: unknown[] = [];
      const app = createServer((req, res) => {
        // What Express does when mounting at /keks: strip the prefix, keep originalUrl.
        req.originalUrl = req.url;
        req.url = req.url!.replace(/^\/keks/, '') || '/';
        mw(req, res, (e) => {
          errors.push(e);
          res.statusCode = 500;
          res.end();
        });
      });
      const url = await listen(app);
      try {
        const rec = makeRecord();
        const r = await fetch(url + '/keks/consent', {
          method: 'POST',
          body: JSON.stringify(rec),
          headers: { 'content-type': 'application/json' },
        });
        expect(r.status).toBe(202);
        expect((await fetch(url + '/keks/health')).status).toBe(200);
        expect(errors).toEqual([]);
      } finally {
        app.close();
      }
    },
    T,
  );
});

/**
 * The receiver as a standard web handler, `(request: Request) => Promise<Response>`: Node (through
 * node-adapter.ts), Deno, Bun and edge runtimes. Routes, whatever prefix it is mounted under:
 * - `GET /health`: 200 when the database answers, 503 when not.
 * - `POST /` or `/consent`: one record (application/json, or text/plain as sendBeacon sends it), at most
 *   `maxBodyBytes`, exactly the record fields; stored once per idempotency key; 202.
 * - `OPTIONS`: the CORS preflight for the configured origins.
 * Errors are JSON, `{ "error": "…", "field": "…" }`, naming the field at fault.
 */
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import type { RecordsStorage } from './storage.js';
import { checkRecord } from './validate-record.js';

/** What happened to one request, for counters and logs. */
export type RecordsOutcome = 'stored' | 'duplicate' | 'rejected' | 'limited' | 'unavailable' | 'health';

export interface RecordsHandlerOptions {
  storage: RecordsStorage;
  /**
   * Origins whose pages may post records (`https://www.example.com`), answered with CORS headers; a
   * request from any other origin is refused (403). Empty or omitted: only requests without an
   * `Origin` header or from the receiver's own origin (a same-origin path behind a reverse proxy).
   */
  origins?: readonly string[];
  /** Largest accepted body. Default 8192 bytes (a record with a few hundred ids). */
  maxBodyBytes?: number;
  /** Per-client limit, or false for none (a receiver only reachable through a limiting proxy). */
  rateLimit?: RateLimitOptions | false;
  /**
   * Header carrying the client address when a reverse proxy sits in front (`x-forwarded-for`: its
   * last entry, the one the proxy added). Default: the address the adapter passes in.
   */
  clientAddressHeader?: string;
  /** Called once per request with its outcome. */
  onOutcome?: (outcome: RecordsOutcome) => void;
}

/** Per-request facts only the server adapter knows. */
export interface RecordsRequestContext {
  /** The peer's address (used for the rate limit, then forgotten). */
  clientAddress?: string;
}

export type RecordsHandler = (request: Request, context?: RecordsRequestContext) => Promise<Response>;

const TYPES = /^(application\/json|text\/plain)\s*(;|$)/i;

/** Reads at most `limit` bytes; null when the body is longer. */
async function readBody(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** Creates the receiver; see the module comment for its routes. */
export function createRecordsHandler(options: RecordsHandlerOptions): RecordsHandler {
  const { storage } = options;
  const origins = new Set(options.origins ?? []);
  const maxBody = options.maxBodyBytes ?? 8192;
  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit);
  const count = options.onOutcome ?? (() => {});

  return async (request, context = {}) => {
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    const sameOrigin = origin == url.origin;
    const allowed = !origin || sameOrigin || origins.has(origin);
    const cors: Record<string, string> =
      origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors, ...headers },
      });
    const reject = (status: number, error: string, field?: string, headers?: Record<string, string>): Response => {
      count(status == 429 ? 'limited' : status == 503 ? 'unavailable' : 'rejected');
      return json(status, field ? { error, field } : { error }, headers);
    };
    const path = url.pathname.replace(/\/+$/, '');

    if (/(^|\/)health$/.test(path)) {
      if (request.method != 'GET' && request.method != 'HEAD')
        return reject(405, 'use GET', undefined, { allow: 'GET, HEAD' });
      count('health');
      const ok = await storage.healthy();
      return json(ok ? 200 : 503, { status: ok ? 'ok' : 'database unavailable', storage: storage.kind });
    }
    if (!(path == '' || /(^|\/)consent$/.test(path))) return reject(404, 'not found; post records to / or /consent');
    if (!allowed) return reject(403, 'origin not allowed', 'origin');

    if (request.method == 'OPTIONS')
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '86400',
        },
      });
    if (request.method != 'POST') return reject(405, 'use POST', undefined, { allow: 'POST, OPTIONS' });

    if (limiter) {
      const header = options.clientAddressHeader && request.headers.get(options.clientAddressHeader);
      const address = (header ? header.split(',').pop()!.trim() : context.clientAddress) || 'unknown';
      const wait = await limiter.hit(address);
      if (wait) return reject(429, 'too many requests', undefined, { 'retry-after': String(wait) });
    }
    if (!TYPES.test(request.headers.get('content-type') ?? ''))
      return reject(415, 'content type must be application/json (or text/plain from sendBeacon)', 'content-type');
    const text = await readBody(request, maxBody);
    if (text == null) return reject(413, `body larger than ${maxBody} bytes`, 'body');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return reject(400, 'malformed JSON', 'body');
    }
    const problem = checkRecord(body);
    if (problem) return reject(422, problem.message, problem.field);
    let fresh: boolean;
    try {
      fresh = await storage.insert(body as Parameters<RecordsStorage['insert']>[0]);
    } catch {
      // The database is down or restarting: the browser keeps the record and sends it again later.
      return reject(503, 'database unavailable, try again later', undefined, { 'retry-after': '5' });
    }
    count(fresh ? 'stored' : 'duplicate');
    return json(202, { stored: fresh, key: (body as { key: string }).key });
  };
}

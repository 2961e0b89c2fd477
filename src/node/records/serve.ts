/**
 * `keks records serve`: the receiver on Node's http server. Logs one line per minute with counts.
 * On SIGTERM/SIGINT it stops taking connections, lets every request in flight finish (a record
 * that got its 202 is committed before the answer is sent), closes the database and resolves.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRecordsHandler, type RecordsOutcome } from './handler.js';
import { toNodeListener } from './node-adapter.js';
import { before } from './duration.js';
import type { RecordsStorage } from './storage.js';

export interface ServeOptions {
  storage: RecordsStorage;
  port: number;
  host: string;
  origins: string[];
  trustProxy: boolean;
  /** Requests per client per minute; 0 turns the limit off. */
  rateLimit: number;
  log: (line: string) => void;
  /** Interval of the count line. Default one minute. */
  logEveryMs?: number;
  /** Retention run at start and every 24 hours (`24m`), for a PGlite directory no other process may open. */
  purgeOlderThan?: string;
  /** Resolves to stop the server (default: SIGTERM or SIGINT). */
  stop?: Promise<unknown>;
  /** Called with the bound address once listening. */
  listening?: (address: AddressInfo) => void;
}

export async function serve(o: ServeOptions): Promise<void> {
  const counts: Record<RecordsOutcome, number> = {
    stored: 0,
    duplicate: 0,
    rejected: 0,
    limited: 0,
    unavailable: 0,
    health: 0,
  };
  const handler = createRecordsHandler({
    storage: o.storage,
    origins: o.origins,
    rateLimit: o.rateLimit > 0 ? { max: o.rateLimit, windowMs: 60_000 } : false,
    clientAddressHeader: o.trustProxy ? 'x-forwarded-for' : undefined,
    onOutcome: (x) => counts[x]++,
  });
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const listener = toNodeListener(handler);
  const server = createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      if (--inFlight == 0) drained?.();
    });
    listener(req, res);
  });
  // Keep-alive sockets must not hold the process open after a stop.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = address.address.includes(':') ? `[${address.address}]` : address.address;
  o.log(`keks records: listening on http://${shown}:${address.port} (${o.storage.kind})`);
  o.listening?.(address);

  const timer = setInterval(() => {
    void o.storage.healthy().then((ok) => {
      o.log(
        `keks records: last minute ${counts.stored} stored, ${counts.duplicate} duplicate, ${counts.rejected} rejected, ` +
          `${counts.limited} rate-limited, ${counts.unavailable} unavailable; database ${ok ? 'ok' : 'unreachable'}`,
      );
      for (const k in counts) counts[k as RecordsOutcome] = 0;
    });
  }, o.logEveryMs ?? 60_000);
  timer.unref();
  const purge = async (): Promise<void> => {
    if (!o.purgeOlderThan) return;
    const cutoff = before(o.purgeOlderThan);
    try {
      const n = await o.storage.purge(cutoff);
      o.log(`keks records: purged ${n} record${n == 1 ? '' : 's'} decided before ${cutoff.toISOString()}`);
    } catch (e) {
      o.log(`keks records: purge failed (${(e as Error).message}); trying again in 24 hours`);
    }
  };
  void purge();
  const purgeTimer = setInterval(() => void purge(), 864e5);
  purgeTimer.unref();

  const signal =
    o.stop ??
    new Promise<string>((resolve) => {
      for (const s of ['SIGTERM', 'SIGINT'] as const) process.once(s, () => resolve(s));
    });
  await signal;
  o.log('keks records: stopping; finishing requests in flight');
  clearInterval(timer);
  clearInterval(purgeTimer);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  if (inFlight) await new Promise<void>((resolve) => (drained = resolve));
  server.closeAllConnections();
  await closed;
  await o.storage.close();
  o.log('keks records: stopped');
}

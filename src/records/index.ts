/**
 * The lazy records chunk (`dist/cdn/keks-records.js`; a split chunk in the npm build), imported by
 * records-loader.ts only when a decision is made or a record is still queued. Each record is queued
 * first and leaves the queue only when the receiver confirms it, so a failed send is retried on the
 * next page view, oldest first, and the receiver stores each idempotency key once.
 */
import type { ConsentEventDetail } from '../api-types.js';
import type { ResolvedConfig } from '../config.js';
import { buildRecord } from './payload.js';
import { createQueue } from './queue.js';
import { beacon, send } from './send.js';

const queue = createQueue();
let running: Promise<void> | undefined;
let pending = false;
let unloadHooked = false;

/** Sends the queue, oldest first; stops at the first record that must wait (order is kept). */
async function drain(endpoint: string): Promise<void> {
  const tried = new Set<string>();
  for (let r = queue.all()[0]; r && !tried.has(r.key); r = queue.all()[0]) {
    tried.add(r.key);
    if ((await send(endpoint, r)) == 'retry') return;
    queue.remove(r.key); // stored, or refused for good (a malformed record is never retried)
  }
}

/** Sends the queue; one run at a time, and a record queued during a run is sent by one more run. */
export function flush(config: ResolvedConfig): Promise<void> {
  const endpoint = config.records?.endpoint;
  if (!endpoint) return Promise.resolve();
  if (!unloadHooked) {
    unloadHooked = true;
    // What is still queued when the page goes away is handed to sendBeacon; it stays queued until confirmed.
    addEventListener('pagehide', () => queue.all().forEach((r) => beacon(endpoint, r)));
  }
  if (running) {
    pending = true;
    return running;
  }
  const run = async (): Promise<void> => {
    do {
      pending = false;
      await drain(endpoint);
    } while (pending);
  };
  return (running = run().finally(() => (running = undefined)));
}

/** Queues the record of this decision and sends the queue. */
export function record(detail: ConsentEventDetail, config: ResolvedConfig): Promise<void> {
  const r = buildRecord(detail, config);
  if (r) queue.add(r);
  return flush(config);
}

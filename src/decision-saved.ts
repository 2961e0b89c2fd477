/**
 * The one place where "a decision was saved" is announced inside Keks: after the write chunk has
 * stored a record (or removed it on `reset()`), in decision order, once per decision. Features that
 * follow decisions (e.g. sending consent records) subscribe here instead of wrapping the store.
 */
import type { ConsentRecord } from './record.js';
import type { WriteResult } from './write-decision.js';

type Listener = (record: ConsentRecord | null, result: WriteResult) => void;
const listeners = new Set<Listener>();

/** Call `fn` after each saved decision; returns a function that stops it. */
export function onDecisionSaved(fn: Listener): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

export function decisionSaved(record: ConsentRecord | null, result: WriteResult): void {
  for (const fn of [...listeners])
    try {
      fn(record, result);
    } catch (e) {
      console.error(e);
    }
}

let last: Promise<unknown> = Promise.resolve();
/** Track a pending write (store.ts). */
export const pendingWrite = (p: Promise<unknown>): void => void (last = p);
/** Settles when every decision made so far in this page has been written. */
export const decisionsWritten = (): Promise<void> => last.then(() => {});

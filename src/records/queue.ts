/**
 * The retry queue: records not yet confirmed by the receiver, oldest first, at most `max`
 * (the oldest are dropped beyond that). In localStorage, so the next page view retries them;
 * in memory for this page view when storage is blocked. Read afresh on every call, so two tabs
 * sharing it never resurrect a record the other removed.
 */
import { QUEUE_KEY } from './queue-key.js';
import type { ConsentRecordPayload } from './types.js';

export interface RecordQueue {
  /** Queued records, oldest first. */
  all(): ConsentRecordPayload[];
  /** Adds a record unless one with its key is queued already. */
  add(record: ConsentRecordPayload): void;
  remove(key: string): void;
}

/** Default bound: a visitor never makes fifty decisions on a site that is down for that long. */
export const MAX_QUEUED = 50;

export function createQueue(storage: () => Storage | null = () => localStorage, max = MAX_QUEUED): RecordQueue {
  let memory: ConsentRecordPayload[] = [];
  const read = (): ConsentRecordPayload[] => {
    try {
      const raw = storage()?.getItem(QUEUE_KEY);
      if (raw == null) return memory;
      const list = JSON.parse(raw);
      return Array.isArray(list) ? list.filter((r) => r && typeof r.key == 'string') : [];
    } catch {
      return memory; // blocked storage (or damaged JSON that the next write replaces)
    }
  };
  const write = (list: ConsentRecordPayload[]): void => {
    memory = list;
    try {
      const s = storage();
      if (!s) return;
      if (list.length) s.setItem(QUEUE_KEY, JSON.stringify(list));
      else s.removeItem(QUEUE_KEY); // nothing queued: the loader then loads no records code next time
    } catch {
      /* storage full or blocked: `memory` keeps it for this page view */
    }
  };
  return {
    all: read,
    add(record) {
      const list = read();
      if (!list.some((r) => r.key == record.key)) write([...list, record].slice(-max));
    },
    remove(key) {
      write(read().filter((r) => r.key != key));
    },
  };
}

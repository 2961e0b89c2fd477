/**
 * Where records are kept: the receiver, the CLI and the tests see only this interface. One
 * implementation (sql-storage.ts) runs on both PGlite and PostgreSQL.
 */
import type { ConsentRecord } from './record-fields.js';

/** What an export selects. Times are ISO 8601 or Date; `to` is exclusive. */
export interface ExportFilter {
  from?: Date;
  to?: Date;
  consentId?: string;
}

/** A stored record and when the receiver stored it. */
export interface StoredRecord {
  record: ConsentRecord;
  receivedAt: Date;
}

export interface RecordsStorage {
  /** `pglite` or `postgresql`. */
  readonly kind: string;
  /**
   * Stores a record once per idempotency key. Resolves when it is committed: true when new, false
   * when the key was stored before. Rejects when the database cannot be reached.
   */
  insert(record: ConsentRecord): Promise<boolean>;
  /** Whether the database answers now. */
  healthy(): Promise<boolean>;
  /** Every record the filter selects, in time order, a page at a time. */
  export(filter?: ExportFilter): AsyncIterable<StoredRecord>;
  /** Deletes records whose decision time is before `before`; resolves to how many. */
  purge(before: Date): Promise<number>;
  count(): Promise<number>;
  /** Waits for records already accepted to be committed, then closes the connection. */
  close(): Promise<void>;
}

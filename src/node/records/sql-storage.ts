/**
 * RecordsStorage on any SqlClient (PGlite or PostgreSQL): migrates on first use (and again after a
 * failed attempt, so a receiver started before its database comes up recovers), batches inserts.
 */
import { createBatcher } from './batcher.js';
import { RECORD_FIELDS, type ConsentRecord } from './record-fields.js';
import type { SqlClient } from './sql-client.js';
import { COUNT, EXPORT_PAGE, INSERT_BATCH, MIGRATIONS, MIGRATIONS_TABLE, MIGRATION_LOCK, PURGE } from './sql.js';
import type { ExportFilter, RecordsStorage, StoredRecord } from './storage.js';

const PAGE = 1000;

/** jsonb keeps keys in its own order; exports list them in the record's documented order. */
const ordered = (raw: ConsentRecord | string): ConsentRecord => {
  const r = typeof raw == 'string' ? (JSON.parse(raw) as ConsentRecord) : raw;
  return Object.fromEntries(RECORD_FIELDS.map((k) => [k, r[k]])) as unknown as ConsentRecord;
};

export function createSqlStorage(db: SqlClient): RecordsStorage {
  let migrated: Promise<void> | undefined;
  const migrate = (): Promise<void> =>
    (migrated ||= db
      .transaction(async (q) => {
        await q(MIGRATION_LOCK);
        await q(MIGRATIONS_TABLE);
        const done = new Set(
          (await q<{ version: number }>('SELECT version FROM keks_records_migrations')).map((r) => r.version),
        );
        for (let v = 1; v <= MIGRATIONS.length; v++)
          if (!done.has(v)) {
            for (const statement of MIGRATIONS[v - 1].split(';').filter((s) => s.trim())) await q(statement);
            await q('INSERT INTO keks_records_migrations (version) VALUES ($1)', [v]);
          }
      })
      .catch((e) => {
        migrated = undefined; // try again on the next call
        throw e;
      }));

  const batcher = createBatcher<ConsentRecord, boolean>(async (records) => {
    await migrate();
    // Two records with one key in a batch: ON CONFLICT keeps the first, and only the first is "new".
    const rows = await db.query<{ key: string }>(INSERT_BATCH, [JSON.stringify(records)]);
    const fresh = new Set(rows.map((r) => r.key));
    return records.map((r) => fresh.delete(r.key));
  });

  return {
    kind: db.kind,
    insert: (record) => batcher.add(record),
    async healthy() {
      try {
        await migrate();
        await db.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },
    async *export(filter: ExportFilter = {}): AsyncIterable<StoredRecord> {
      await migrate();
      let after: { time: string; key: string } | undefined;
      for (;;) {
        const rows = await db.query<{ key: string; record: ConsentRecord | string; received_at: Date | string }>(
          EXPORT_PAGE,
          [
            filter.from?.toISOString() ?? null,
            filter.to?.toISOString() ?? null,
            filter.consentId ?? null,
            after?.time ?? null,
            after?.key ?? null,
            PAGE,
          ],
        );
        for (const row of rows) {
          yield { record: ordered(row.record), receivedAt: new Date(row.received_at) };
        }
        if (rows.length < PAGE) return;
        const last = rows[rows.length - 1];
        after = { time: ordered(last.record).time, key: last.key };
      }
    },
    async purge(before) {
      await migrate();
      return (await db.query<{ n: number }>(PURGE, [before.toISOString()]))[0].n;
    },
    async count() {
      await migrate();
      return (await db.query<{ n: number }>(COUNT))[0].n;
    },
    async close() {
      await batcher.idle();
      await db.close();
    },
  };
}

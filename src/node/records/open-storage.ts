/** Opens the storage the options name: PostgreSQL for a URL, else PGlite in a directory. */
import { openPglite } from './pglite-client.js';
import { openPostgres } from './pg-client.js';
import { createSqlStorage } from './sql-storage.js';
import type { RecordsStorage } from './storage.js';

export interface StorageOptions {
  /** PGlite directory (created if missing). */
  db?: string;
  /** PostgreSQL connection string (`postgres://user:pass@host:5432/db`). Wins over `db`. */
  databaseUrl?: string;
}

export async function openStorage(o: StorageOptions): Promise<RecordsStorage> {
  if (o.databaseUrl) return createSqlStorage(await openPostgres(o.databaseUrl));
  if (o.db) return createSqlStorage(await openPglite(o.db));
  throw new Error('keks records: say where records live: --db DIR (PGlite) or --database-url URL (PostgreSQL).');
}

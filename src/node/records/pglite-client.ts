/** PGlite (PostgreSQL in WebAssembly) in a directory: the default storage, no server to run. */
import type { SqlClient } from './sql-client.js';
import { importOptional } from './import-optional.js';

export async function openPglite(dir: string): Promise<SqlClient> {
  const { PGlite } = await importOptional<typeof import('@electric-sql/pglite')>(
    '@electric-sql/pglite',
    '@electric-sql/pglite@0.5.16',
    '--db',
  );
  const db = await PGlite.create(dir);
  const query = async <T>(text: string, params?: unknown[]): Promise<T[]> => (await db.query<T>(text, params)).rows;
  return {
    kind: 'pglite',
    query,
    transaction: (fn) =>
      db.transaction((tx) => fn(async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows)),
    close: () => db.close(),
  };
}

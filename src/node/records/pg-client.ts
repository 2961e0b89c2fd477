/**
 * PostgreSQL through `pg`'s pool. A pool reconnects by itself: connections that die with the server
 * are dropped (the pool's `error` event, handled here so it never crashes the process) and the next
 * query opens a new one, so the receiver answers 503 while the server is down and recovers after.
 */
import type { SqlClient } from './sql-client.js';
import { importOptional } from './import-optional.js';

export async function openPostgres(connectionString: string): Promise<SqlClient> {
  const pg = await importOptional<typeof import('pg')>('pg', 'pg@8', '--database-url');
  const Pool = pg.Pool ?? (pg as unknown as { default: typeof import('pg') }).default.Pool;
  const pool = new Pool({
    connectionString,
    max: 8,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    // A statement stuck on a dead connection must fail (503), not hold the request for ever.
    query_timeout: 15_000,
  });
  pool.on('error', () => {
    /* an idle connection died (server restart): the pool drops it and opens a new one when needed */
  });
  const query = async <T>(text: string, params?: unknown[]): Promise<T[]> =>
    (await pool.query(text, params)).rows as T[];
  return {
    kind: 'postgresql',
    query,
    async transaction(fn) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const out = await fn(async <T>(text: string, params?: unknown[]) => (await c.query(text, params)).rows as T[]);
        await c.query('COMMIT');
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}

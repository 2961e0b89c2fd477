/** The little both database drivers are asked to do, so one SQL text serves PGlite and PostgreSQL. */
export interface SqlClient {
  /** Runs one statement with `$1…` parameters; resolves to its rows. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` in a transaction on one connection. */
  transaction<T>(fn: (query: SqlClient['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgresql`, for logs. */
  readonly kind: string;
}

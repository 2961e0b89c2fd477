/**
 * The one SQL schema and the statements of the receiver, the same on PGlite and PostgreSQL.
 * A record is stored whole (jsonb, exactly as received) next to the columns it is looked up by.
 */

/** Bumped with every new entry in MIGRATIONS; never edit an entry that has shipped. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS keks_consent_records (
     key text PRIMARY KEY,
     consent_id uuid NOT NULL,
     time timestamptz NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now(),
     record jsonb NOT NULL
   );
   CREATE INDEX IF NOT EXISTS keks_consent_records_consent_id_time ON keks_consent_records (consent_id, time);
   CREATE INDEX IF NOT EXISTS keks_consent_records_time ON keks_consent_records (time, key);`,
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS keks_records_migrations (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Serialises receivers migrating the same database at once (any constant; "keks" in ASCII). */
export const MIGRATION_LOCK = 'SELECT pg_advisory_xact_lock(1801807219)';

/**
 * Inserts a batch given as one JSON array: one statement and one round trip whatever the batch size,
 * and no driver-specific array encoding. Returns the keys that were new.
 */
export const INSERT_BATCH = `INSERT INTO keks_consent_records (key, consent_id, time, record)
  SELECT r->>'key', (r->>'consentId')::uuid, (r->>'time')::timestamptz, r
  FROM jsonb_array_elements($1::jsonb) AS r
  ON CONFLICT (key) DO NOTHING
  RETURNING key`;

/** One page of an export, in (time, key) order, after the cursor. */
export const EXPORT_PAGE = `SELECT key, record, received_at FROM keks_consent_records
  WHERE ($1::timestamptz IS NULL OR time >= $1)
    AND ($2::timestamptz IS NULL OR time < $2)
    AND ($3::uuid IS NULL OR consent_id = $3)
    AND ($4::timestamptz IS NULL OR (time, key) > ($4, $5::text))
  ORDER BY time, key
  LIMIT $6`;

export const PURGE = `WITH gone AS (DELETE FROM keks_consent_records WHERE time < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`;

export const COUNT = `SELECT count(*)::int AS n FROM keks_consent_records`;

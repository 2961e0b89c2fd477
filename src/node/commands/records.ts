/**
 * `npx keks records serve|export|purge`: the consent-records receiver and its evidence tools
 * (README "Consent records"). The database driver is imported only once a command needs it.
 */
import { parseArgs } from 'node:util';
import { env, stderr, stdout } from 'node:process';
import { csvHeader, csvRow } from '../records/csv.js';
import { before } from '../records/duration.js';
import { MissingDependencyError } from '../records/import-optional.js';
import { openStorage } from '../records/open-storage.js';
import { serve } from '../records/serve.js';

const USAGE = `Usage:
  keks records serve  [--port 8787] [--host 127.0.0.1] [--db DIR | --database-url URL]
                      [--origin https://site ...] [--trust-proxy] [--rate-limit 120]
                      [--purge-older-than 24m]
  keks records export [--db DIR | --database-url URL] [--from DATE] [--to DATE]
                      [--format jsonl|csv] [--consent-id ID]
  keks records purge  --older-than 24m [--db DIR | --database-url URL]

Storage: --database-url (or DATABASE_URL) is PostgreSQL; otherwise PGlite in --db
(default ./consent-records). --from is inclusive, --to exclusive (ISO 8601 dates or times).
--older-than takes d, w, m (months) or y: 24m keeps two years. --rate-limit is requests per
client per minute (0: off); --trust-proxy reads the client address from X-Forwarded-For.
`;

const OPTIONS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: '127.0.0.1' },
  origin: { type: 'string', multiple: true },
  'trust-proxy': { type: 'boolean' },
  'rate-limit': { type: 'string', default: '120' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string', default: 'jsonl' },
  'consent-id': { type: 'string' },
  'older-than': { type: 'string' },
  'purge-older-than': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const date = (v: string | undefined, name: string): Date | undefined => {
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime()))
    throw new UsageError(`--${name} "${v}" is not a date (use 2026-01-31 or an ISO 8601 time).`);
  return d;
};

class UsageError extends Error {}

export async function run(args: string[]): Promise<number> {
  try {
    return await main(args);
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof MissingDependencyError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      stderr.write(`keks records: ${(e as Error).message.replace(/^keks records: /, '')}\n`);
      if (!(e instanceof MissingDependencyError)) stderr.write('\n' + USAGE);
      return 2;
    }
    throw e;
  }
}

async function main(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub == '--help' || sub == '-h') {
    stdout.write(USAGE);
    return sub ? 0 : 2;
  }
  if (!['serve', 'export', 'purge'].includes(sub)) throw new UsageError(`unknown subcommand "${sub}".`);
  const { values: v } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: false });
  if (v.help) {
    stdout.write(USAGE);
    return 0;
  }
  const databaseUrl = v['database-url'] ?? env.DATABASE_URL;
  const where = databaseUrl ? { databaseUrl } : { db: v.db ?? './consent-records' };

  if (sub == 'serve') {
    const port = Number(v.port);
    const rateLimit = Number(v['rate-limit']);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${v.port}" is not a port.`);
    if (!Number.isInteger(rateLimit) || rateLimit < 0)
      throw new UsageError(`--rate-limit "${v['rate-limit']}" is not a count ≥ 0.`);
    for (const o of v.origin ?? [])
      if (!/^https?:\/\/[^/]+$/.test(o))
        throw new UsageError(`--origin "${o}" is not an origin (https://www.example.com, no path).`);
    const purgeOlderThan = v['purge-older-than'];
    if (purgeOlderThan)
      try {
        before(purgeOlderThan);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    const storage = await openStorage(where);
    await serve({
      purgeOlderThan,
      storage,
      port,
      host: v.host,
      origins: v.origin ?? [],
      trustProxy: !!v['trust-proxy'],
      rateLimit,
      log: (line) => stdout.write(`${new Date().toISOString()} ${line}\n`),
    });
    return 0;
  }

  if (sub == 'export') {
    if (v.format != 'jsonl' && v.format != 'csv')
      throw new UsageError(`--format must be jsonl or csv, not "${v.format}".`);
    const filter = { from: date(v.from, 'from'), to: date(v.to, 'to'), consentId: v['consent-id'] };
    if (filter.consentId && !/^[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/.test(filter.consentId))
      throw new UsageError(`--consent-id "${filter.consentId}" is not a consent id (a UUID).`);
    const storage = await openStorage(where);
    try {
      if (v.format == 'csv') stdout.write(csvHeader());
      for await (const { record, receivedAt } of storage.export(filter)) {
        const line = v.format == 'csv' ? csvRow(record, receivedAt) : JSON.stringify({ ...record, receivedAt }) + '\n';
        if (!stdout.write(line)) await new Promise((r) => stdout.once('drain', r));
      }
    } finally {
      await storage.close();
    }
    return 0;
  }

  if (!v['older-than']) throw new UsageError('purge needs --older-than (e.g. 24m for two years).');
  let cutoff: Date;
  try {
    cutoff = before(v['older-than']);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const storage = await openStorage(where);
  try {
    const n = await storage.purge(cutoff);
    stdout.write(`keks records: purged ${n} record${n == 1 ? '' : 's'} decided before ${cutoff.toISOString()}\n`);
  } finally {
    await storage.close();
  }
  return 0;
}

/**
 * A throw-away PostgreSQL cluster for tests: `initdb` into a fresh directory and `pg_ctl start` on a
 * given port, as the `postgres` user (the server refuses to run as root), then stop and delete it.
 * `.ci/run` installs the server with apt; locally, `postgresAvailable()` says when it is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PG_BIN = process.env.KEKS_PG_BIN || '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes the cluster. */
  destroy(): Promise<void>;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresMissing(): string | null {
  if (!existsSync(join(PG_BIN, 'initdb')))
    return `PostgreSQL 15 server binaries are missing (${PG_BIN}); install them with: apt-get install -y postgresql`;
  if (process.getuid?.() === 0 && !existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser'))
    return 'runuser is missing: cannot start PostgreSQL as the postgres user';
  return null;
}

/** Runs a PostgreSQL binary as the postgres user (when we are root) . */
const pg = async (bin: string, args: string[]): Promise<string> => {
  const cmd = join(PG_BIN, bin);
  const { stdout } =
    process.getuid?.() === 0
      ? await run('runuser', ['-u', 'postgres', '--', cmd, ...args], { timeout: 120_000 })
      : await run(cmd, args, { timeout: 120_000 });
  return stdout;
};

export async function startCluster(port: number): Promise<PgCluster> {
  const dir = await mkdtemp(join(tmpdir(), `keks-pg-${port}-`));
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout), Number(gid));
  }
  const data = join(dir, 'data');
  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = async (): Promise<void> => {
    await pg('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '90', 'start']);
  };
  const stop = async (): Promise<void> => {
    await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '90', 'stop']);
  };
  await start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => {
      await start();
      running = true;
    },
    stop: async () => {
      await stop();
      running = false;
    },
    async destroy() {
      if (running) await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

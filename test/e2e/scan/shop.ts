/**
 * The fake shop the scanner is tested against: the harness server (test/e2e/harness) behind a small TLS
 * front with a throw-away self-signed certificate, so pages and trackers are served over https under
 * real-looking host names (`www.shop.example`, `www.googletagmanager.com`, …) that Chromium maps to loopback
 * with `--host-resolver-rules`. Real tracker domains need https: Chromium's HSTS preload list upgrades them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server } from 'node:tls';
import { promisify } from 'node:util';
import { repoRoot, startServer, type TestServer } from '../harness/index';

const run = promisify(execFile);

export const SHOP = 'www.shop.example';
export const shopUrl = (path: string): string => `https://${SHOP}/test/e2e/pages/scan/${path}`;

export interface Shop {
  server: TestServer;
  /** Port of the TLS front; every host name is mapped to it. */
  port: number;
  /** `--host-resolver-rules` value for the scanner. */
  rules: string;
  close(): Promise<void>;
}

/** A self-signed certificate made for this run (openssl ships with Debian and every CI image we use). */
async function certificate(): Promise<{ key: Buffer; cert: Buffer; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'keks-scan-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=keks-scan-test',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { key: await readFile(key), cert: await readFile(cert), dir };
}

export async function startShop(): Promise<Shop> {
  const server = await startServer({ firstPartyHosts: [SHOP] });
  // Hotjar's fake script also writes localStorage, which the generic fake third party does not do.
  server.route(
    '/c/hotjar-1.js',
    (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
      res.end(
        "document.cookie='_hjSessionUser_1=eyJpZCI6IjEifQ; path=/; max-age=31536000';" +
          "localStorage.setItem('_hjid','1');" +
          "(window.__tracker_runs=window.__tracker_runs||[]).push({host:'static.hotjar.com',path:'/c/hotjar-1.js'});",
      );
    },
    'static.hotjar.com',
  );
  const { key, cert, dir } = await certificate();
  const sockets = new Set<{ destroy(): void }>();
  const front: Server = createTlsServer({ key, cert }, (socket) => {
    const upstream = connect(server.port, '127.0.0.1');
    sockets.add(socket);
    sockets.add(upstream);
    socket.pipe(upstream).pipe(socket);
    const end = (): void => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((ok) => front.listen(0, '127.0.0.1', ok));
  const port = (front.address() as AddressInfo).port;
  return {
    server,
    port,
    rules: `MAP * 127.0.0.1:${port}`,
    async close() {
      // A request the test left hanging (a page that never settles) must not keep the front open.
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => front.close(() => ok()));
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built command line (`node dist/node/cli.js …`) without blocking this process's servers. */
export function keks(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cli = join(repoRoot, 'dist/node/cli.js'),
): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: repoRoot, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024, timeout: 180_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code == 'number' ? error.code : 99) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

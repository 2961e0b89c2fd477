/**
 * Test HTTP server for end-to-end tests: serves the repository root as the first party and answers every
 * other host name as a fake third party (trackers, pixels, iframes, beacons). Every request is logged so a
 * test can prove that something was, or was never, requested. See ./README.md.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** Repository root (three levels above this file). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The strict policy the demo is served with: no inline script or style anywhere. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'";

/** What a request was for, from `Sec-Fetch-Dest` when Chromium sends it, else guessed from Accept/path. */
export type RequestType = 'document' | 'iframe' | 'script' | 'image' | 'style' | 'fetch' | 'other';

export interface LoggedRequest {
  /** Host name without the port, lower case (e.g. `cdn.tracker.test`, `127.0.0.1`). */
  host: string;
  method: string;
  /** Path without the query string, e.g. `/ga.js`. */
  path: string;
  /** Query string including `?`, or ''. */
  search: string;
  /** Full URL as seen by the server, e.g. `http://cdn.tracker.test:41234/ga.js?cookie=_ga`. */
  url: string;
  type: RequestType;
  /** True when the host is not first party (handled by the fake third party). */
  thirdParty: boolean;
  /** Request headers (lower-case names). */
  headers: Record<string, string | string[] | undefined>;
  /** Request body for POST/PUT (beacons, fetch), as text. */
  body: string;
}

/** Extra response headers: a fixed map, or a function of the request (return undefined for none). */
export type HeaderRule = Record<string, string> | ((req: LoggedRequest) => Record<string, string> | undefined);

/** A custom route. Handle the response yourself; `req.body` text is in `logged.body`. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, logged: LoggedRequest) => void | Promise<void>;

export interface ServerOptions {
  /** Directory served to first-party hosts. Default: the repository root. */
  root?: string;
  /** Host names treated as first party besides 127.0.0.1 and localhost (e.g. `['www.shop.test']`). */
  firstPartyHosts?: string[];
  /** Extra headers on first-party responses (static files and routes that don't override them). */
  headers?: HeaderRule;
  /** Shortcut for a `Content-Security-Policy` header on first-party HTML: a string or a function of the path. */
  csp?: string | ((path: string) => string | undefined);
  /** Port; default 0 (a random free port). */
  port?: number;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Every request so far, in arrival order. */
  requests: LoggedRequest[];
  /** Forget the logged requests (not routes or headers). */
  clear(): void;
  /** Requests to one host (without port), optionally filtered by path prefix. */
  requestsTo(host: string, pathPrefix?: string): LoggedRequest[];
  /**
   * Resolve with the first logged request (past or future) to `host` whose path starts with `pathPrefix`;
   * reject after `timeoutMs`. For "this click loads the tracker" assertions without sleeping.
   */
  waitForRequest(host: string, pathPrefix?: string, timeoutMs?: number): Promise<LoggedRequest>;
  /** URL for a path on another host name served by this server, e.g. `url('/ga.js', 'cdn.tracker.test')`. */
  url(path: string, host?: string): string;
  /**
   * Register a route for an exact path (query ignored). Without `host` it answers first-party hosts only;
   * with `host` (e.g. `'cdn.tracker.test'`) only that host. Routes win over static files and the fake third
   * party. Registering the same path (and host) again replaces it.
   */
  route(path: string, handler: RouteHandler, host?: string): void;
  /** Remove all custom routes. */
  clearRoutes(): void;
  /** Replace the extra first-party headers and CSP (undefined clears). */
  setHeaders(headers?: HeaderRule): void;
  setCsp(csp?: ServerOptions['csp']): void;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Smallest transparent GIF (43 bytes). */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const COOKIE_NAME = /^[A-Za-z0-9_\-.]{1,64}$/;

function hostOf(req: IncomingMessage): string {
  const raw = (req.headers.host ?? '127.0.0.1').toLowerCase();
  // IPv6 literal "[::1]:port" or "name:port".
  if (raw.startsWith('[')) return raw.slice(0, raw.indexOf(']') + 1);
  const colon = raw.lastIndexOf(':');
  return colon === -1 ? raw : raw.slice(0, colon);
}

function typeOf(req: IncomingMessage, path: string): RequestType {
  const dest = req.headers['sec-fetch-dest'];
  if (typeof dest === 'string' && dest) {
    if (dest === 'empty') return 'fetch';
    if (dest === 'document' || dest === 'iframe' || dest === 'script' || dest === 'image' || dest === 'style')
      return dest;
    return 'other';
  }
  // Chromium sends Sec-Fetch-* only to trustworthy origins; *.test over http is not, so guess.
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return 'fetch';
  const ext = extname(path).toLowerCase();
  const accept = String(req.headers.accept ?? '');
  if (ext === '.js' || ext === '.mjs') return 'script';
  if (ext === '.css' || accept.startsWith('text/css')) return 'style';
  if (accept.startsWith('image/') || ['.gif', '.png', '.jpg', '.jpeg', '.svg', '.webp'].includes(ext)) return 'image';
  if (accept.startsWith('text/html')) return 'document';
  return accept === '*/*' || accept === '' ? 'fetch' : 'other';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolveBody(''));
  });
}

function applyHeaders(res: ServerResponse, rule: HeaderRule | undefined, logged: LoggedRequest): void {
  const headers = typeof rule === 'function' ? rule(logged) : rule;
  for (const [k, v] of Object.entries(headers ?? {})) res.setHeader(k, v);
}

function corsHeaders(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', typeof origin === 'string' && origin !== 'null' ? origin : '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', String(req.headers['access-control-request-headers'] ?? '*'));
  res.setHeader('Vary', 'Origin');
}

/**
 * The generic fake third party. `GET *.js` runs in the page: it sets a first-party cookie (name from
 * `?cookie=`, default `_trk_<first host label>`, none with `?cookie=`) and pushes `{host, path}` into
 * `window.__tracker_runs`. Images get a 1×1 GIF plus a third-party `Set-Cookie`; HTML gets a tiny page;
 * everything else (beacons, fetch, XHR, OPTIONS) gets 204 with CORS headers.
 */
function answerThirdParty(req: IncomingMessage, res: ServerResponse, logged: LoggedRequest, url: URL): void {
  res.setHeader('Cache-Control', 'no-store');
  corsHeaders(req, res);
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(204).end();
    return;
  }
  const label = logged.host.split('.')[0] || 'host';
  const asked = url.searchParams.get('cookie');
  const cookie = asked === null ? `_trk_${label.replace(/[^A-Za-z0-9_]/g, '_')}` : asked;
  if (logged.type === 'script') {
    const name = COOKIE_NAME.test(cookie) ? cookie : '';
    const marker = JSON.stringify({ host: logged.host, path: logged.path });
    const setCookie = name
      ? `document.cookie=${JSON.stringify(name)}+'=GA1.1.'+Math.floor(Math.random()*1e9)+'; path=/; max-age=31536000';`
      : '';
    const js = `(function(){${setCookie}(window.__tracker_runs=window.__tracker_runs||[]).push(${marker});})();\n`;
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(method === 'HEAD' ? undefined : js);
    return;
  }
  if (logged.type === 'image') {
    if (COOKIE_NAME.test(cookie)) res.setHeader('Set-Cookie', `${cookie}=1; Path=/; Max-Age=31536000`);
    res
      .writeHead(200, { 'Content-Type': 'image/gif', 'Content-Length': GIF.length })
      .end(method === 'HEAD' ? undefined : GIF);
    return;
  }
  if (logged.type === 'document' || logged.type === 'iframe') {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${logged.host}</title></head><body><p>Embedded content from ${logged.host}</p></body></html>`;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(method === 'HEAD' ? undefined : html);
    return;
  }
  res.writeHead(204).end();
}

async function serveStatic(
  root: string,
  res: ServerResponse,
  pathname: string,
  logged: LoggedRequest,
  server: { headers?: HeaderRule; csp?: ServerOptions['csp'] },
): Promise<void> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400).end('bad path');
    return;
  }
  let file = normalize(join(root, rel));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end('outside root');
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: pathname + '/' + logged.search }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file);
    }
    const body = await readFile(file);
    const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
    // no-cache (revalidate), not no-store: no-store pages are never put in the back/forward cache.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', type);
    if (type.startsWith('text/html')) {
      const csp = typeof server.csp === 'function' ? server.csp(pathname) : server.csp;
      if (csp) res.setHeader('Content-Security-Policy', csp);
    }
    applyHeaders(res, server.headers, logged);
    res.writeHead(200).end(logged.method === 'HEAD' ? undefined : body);
  } catch {
    // Chromium asks for /favicon.ico on every page; a 404 there would show up as a console error.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
  }
}

/** Start a server on 127.0.0.1 and a random free port. Close it in `afterAll`. */
export async function startServer(opts: ServerOptions = {}): Promise<TestServer> {
  const root = resolve(opts.root ?? repoRoot);
  const firstParty = new Set([
    '127.0.0.1',
    'localhost',
    '[::1]',
    ...(opts.firstPartyHosts ?? []).map((h) => h.toLowerCase()),
  ]);
  const routes = new Map<string, RouteHandler>();
  const state: { headers?: HeaderRule; csp?: ServerOptions['csp'] } = { headers: opts.headers, csp: opts.csp };
  const requests: LoggedRequest[] = [];
  const waiters = new Set<(r: LoggedRequest) => void>();

  const server = createServer(async (req, res) => {
    const host = hostOf(req);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const path = url.pathname;
    const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await readBody(req);
    const logged: LoggedRequest = {
      host,
      method: req.method ?? 'GET',
      path,
      search: url.search,
      url: url.href,
      type: typeOf(req, path),
      thirdParty: !firstParty.has(host),
      headers: { ...req.headers },
      body,
    };
    requests.push(logged);
    for (const notify of waiters) notify(logged);
    try {
      // A route without a host is first-party only; third-party hosts need a host-bound route.
      const handler = routes.get(`${host} ${path}`) ?? (logged.thirdParty ? undefined : routes.get(` ${path}`));
      if (handler) {
        if (!logged.thirdParty) {
          // Routes get the same CSP and extra headers as static files; the handler may override them.
          const csp = typeof state.csp === 'function' ? state.csp(path) : state.csp;
          if (csp) res.setHeader('Content-Security-Policy', csp);
          applyHeaders(res, state.headers, logged);
        }
        await handler(req, res, logged);
      } else if (logged.thirdParty) {
        answerThirdParty(req, res, logged, url);
      } else {
        await serveStatic(root, res, path, logged, state);
      }
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  // Keep-alive sockets would keep close() waiting after the browser is gone.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    requests,
    clear: () => void requests.splice(0),
    requestsTo: (h, prefix = '') => requests.filter((r) => r.host === h.toLowerCase() && r.path.startsWith(prefix)),
    waitForRequest: (h, prefix = '', timeoutMs = 5000) => {
      const match = (r: LoggedRequest): boolean => r.host === h.toLowerCase() && r.path.startsWith(prefix);
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise<LoggedRequest>((ok, fail) => {
        const notify = (r: LoggedRequest): void => {
          if (!match(r)) return;
          waiters.delete(notify);
          clearTimeout(timer);
          ok(r);
        };
        const timer = setTimeout(() => {
          waiters.delete(notify);
          fail(new Error(`no request to ${h}${prefix} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(notify);
      });
    },
    url: (p, h = '127.0.0.1') => `http://${h}:${port}${p.startsWith('/') ? p : '/' + p}`,
    route: (p, handler, h) => void routes.set(`${h?.toLowerCase() ?? ''} ${p}`, handler),
    clearRoutes: () => routes.clear(),
    setHeaders: (headers) => void (state.headers = headers),
    setCsp: (csp) => void (state.csp = csp),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// `npm start`: serves the repository root so the demo pages can load /dist/cdn/keks.js.
// Every response carries a strict Content-Security-Policy (no inline script or style, no third-party
// origins) to prove Keks works under it. KEKS_CSP=off (or `--no-csp`) serves without the header;
// PORT and HOST choose the address (default 127.0.0.1:8080).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordsReceiver } from './records.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';
const cspOff = process.env.KEKS_CSP === 'off' || process.argv.includes('--no-csp');
// frame-src: the demo's one real embed (a YouTube video, privacy-enhanced host), which may load after consent.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self' https://www.youtube-nocookie.com";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

const records = await recordsReceiver();

const server = createServer(async (req, res) => {
  const url = new URL(req.url || '/', 'http://localhost');
  if (records?.handle(req, res, url.pathname)) return;
  if (!cspOff) res.setHeader('Content-Security-Policy', CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let file;
  try {
    file = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (!file.startsWith(root + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: url.pathname + '/' + url.search }).end();
        return;
      }
      file = join(file, 'index.html');
      info = await stat(file);
    }
    let body = await readFile(file);
    if (records && url.pathname === '/demo/keks-config.js') body = records.config(body);
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] || 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
  }
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm start` : error);
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host.includes(':') ? `[${host}]` : host;
  // PORT=0 picks a free port; print the real one (the harness test reads this line).
  const actual = server.address().port;
  console.log(`Keks demo: http://${shown}:${actual}/  (CSP ${cspOff ? 'off' : 'strict'}; Ctrl+C to stop)`);
  if (records) console.log(records.note);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close(() => (records ? records.close() : Promise.resolve()).finally(() => process.exit(0)));
    server.closeIdleConnections();
    // A connection a browser still holds open mid-request would keep the server up for good (seen once: a
    // stopped demo waited for Chromium's network service). A second for what is in flight, then close it.
    setTimeout(() => server.closeAllConnections(), 1000).unref();
  });

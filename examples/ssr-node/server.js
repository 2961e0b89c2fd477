// A server-rendered page in plain Node (no framework): it reads the visitor's consent from the Cookie header
// with keks/server and renders the analytics tag only for visitors who allowed it. Keks in the page still
// gates everything, so a stale server answer can never release a tracker.
// `npm run build` first (bundles client.js), then `node server.js` (PORT, default 3000).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { isAccepted, readConsent } from 'keks/server';
import { config } from './keks-config.js';

const dist = new URL('./dist/', import.meta.url);

function page(analytics, decided) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Keks: server-rendered example</title>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Server-rendered with Keks</h1>
      <p id="server">The server saw: ${decided ? 'a decision' : 'no decision'}, analytics ${analytics ? 'allowed' : 'not allowed'}.</p>
      ${
        analytics
          ? '<p id="analytics">Analytics is on (rendered on the server because you allowed it).</p>'
          : '<p id="no-analytics">No analytics tag in this page.</p>'
      }
    </main>
    <footer><a href="/" data-keks-open>Cookie settings</a></footer>
  </body>
</html>`;
}

const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path == '/') {
    const consent = readConsent(req.headers.cookie, config, { gpc: req.headers['sec-gpc'] == '1' });
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(page(isAccepted(consent, 'analytics'), consent.decided));
    return;
  }
  if (path == '/favicon.ico') return void res.writeHead(204).end();
  // The bundle and its lazy chunks.
  const file = normalize(join('.', path));
  if (!file.startsWith('..') && types[extname(file)]) {
    try {
      const body = await readFile(new URL(file, dist));
      res.writeHead(200, { 'Content-Type': types[extname(file)] });
      res.end(body);
      return;
    } catch {
      /* fall through to 404 */
    }
  }
  res.writeHead(404).end();
});

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});

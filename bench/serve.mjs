// The benchmark's server: the repository over loopback, served as a CDN would serve it (brotli when the
// browser asks for it, `Cache-Control: public, max-age=31536000, immutable` on everything but the page).
// The article page gets the widget's snippet in <head> and its gated tracker before </body>.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { WIDGETS } from './widgets.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const PARAGRAPH =
  '<p>The path leaves the old fortress by the south gate and drops to the embankment, where rowers are already on the water. Keep the river on your right: past the railway bridge the houses change from tenements to villas, and the smell of fresh bread from the corner bakery is reason enough to stop. The route is flat, paved for most of its length, and every bridge is a chance to cross and come back along the other bank.</p>';
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** raw, gzip and brotli sizes of a file, cached. */
const sizes = new Map();
export function sizeOf(root, path) {
  if (!sizes.has(path)) {
    const b = readFileSync(join(root, path));
    sizes.set(path, { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: br(b).length });
  }
  return sizes.get(path);
}

/** `n` links in a list (four elements each): a larger page, as most real ones are. */
const related = (n) =>
  n
    ? `<h2>Related walks</h2><ul>${'<li><a href="#walk">Along the river</a> <span>5 km</span> <em>easy</em></li>'.repeat(n)}</ul>`
    : '';

/**
 * `opts.links`: that many related links added to every article (see `related`); `opts.embed`: a video frame
 * after the introduction, above the fold, held by each widget as its documentation says.
 */
export function startBenchServer(root, opts = {}) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let body;
    let type;
    let immutable = true;
    if (url.pathname == '/article') {
      const w = WIDGETS[url.searchParams.get('widget')];
      if (!w) return void res.writeHead(404).end();
      body = Buffer.from(
        readFileSync(join(root, 'bench/pages/article.html'), 'utf8')
          .replace('<!--widget-->', typeof w.head == 'function' ? w.head(opts) : w.head)
          .replace('<!--embed-->', opts.embed ? w.embed : '')
          .replaceAll('<!--paragraphs-->', PARAGRAPH.repeat(4))
          .replace('</article>', related(opts.links) + '</article>')
          .replace('<!--trackers-->', w.trackers),
      );
      type = 'text/html';
      immutable = false;
    } else {
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      try {
        if (!statSync(join(root, path)).isFile()) throw 0;
      } catch {
        return void res.writeHead(404).end();
      }
      body = readFileSync(join(root, path));
      type = TYPES[extname(path)] || 'application/octet-stream';
    }
    const headers = {
      'Content-Type': type + '; charset=utf-8',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (/\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      const key = url.pathname + (immutable ? '' : url.search);
      if (!immutable || !cache.has(key)) cache.set(key, br(body));
      body = cache.get(key);
      headers['Content-Encoding'] = 'br';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

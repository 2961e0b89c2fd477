/**
 * Adapters from Node's `http` (and Express/Connect-style middleware) to the standard handler.
 * Hono, Deno, Bun and edge runtimes take the standard handler as it is (`app.all('/consent', (c) => handler(c.req.raw))`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordsHandler } from './handler.js';

/** Bodies are read into memory up to this size; the handler's own limit (8 KiB by default) is far below. */
const READ_CAP = 1 << 20;

/**
 * A Request from Node's request. The body is read into one buffer (cheaper than a web stream per request
 * under load), at most READ_CAP bytes: a longer one is cut there and the handler answers 413.
 */
export async function toRequest(req: IncomingMessage, base = 'http://localhost'): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const host = req.headers.host ? `http://${req.headers.host}` : base;
  const url = new URL(req.originalUrl ?? req.url ?? '/', host);
  if (req.method == 'GET' || req.method == 'HEAD') return new Request(url, { method: req.method, headers });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > READ_CAP) break;
  }
  return new Request(url, { method: req.method, headers, body: Buffer.concat(chunks) });
}

/** Writes a standard Response to Node's response. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((v, k) => res.setHeader(k, v));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** `http.createServer(toNodeListener(handler))`. */
export function toNodeListener(handler: RecordsHandler): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    toRequest(req)
      .then((request) => handler(request, { clientAddress: req.socket.remoteAddress }))
      .then((response) => sendResponse(res, response))
      .catch((e) => {
        console.error(e);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  };
}

/**
 * Express/Connect middleware: `app.use('/consent', recordsMiddleware(handler))`. Mount it before any
 * body parser (the handler reads the raw body itself); errors go to `next`.
 */
export function recordsMiddleware(
  handler: RecordsHandler,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    toRequest(req)
      .then((request) => handler(request, { clientAddress: req.socket.remoteAddress }))
      .then((response) => sendResponse(res, response))
      .catch(next);
  };
}

declare module 'node:http' {
  interface IncomingMessage {
    /** Set by Express to the URL before mounting stripped its prefix. */
    originalUrl?: string;
  }
}

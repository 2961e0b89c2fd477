/**
 * Adapters from Node's `http` (and Express/Connect-style middleware) to the standard handler.
 * Hono, Deno, Bun and edge runtimes take the standard handler as it is (`app.all('/consent', (c) => handler(c.req.raw))`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { RecordsHandler } from './handler.js';

/** A Request from Node's request; the body streams (the handler stops reading at its size limit). */
export function toRequest(req: IncomingMessage, base = 'http://localhost'): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  const host = req.headers.host ? `http://${req.headers.host}` : base;
  const url = new URL(req.originalUrl ?? req.url ?? '/', host);
  const hasBody = req.method != 'GET' && req.method != 'HEAD';
  // Node's fetch needs duplex for a streamed request body; the DOM's RequestInit type does not know it.
  const init = {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  };
  return new Request(url, init as RequestInit);
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
    handler(toRequest(req), { clientAddress: req.socket.remoteAddress })
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
    handler(toRequest(req), { clientAddress: req.socket.remoteAddress })
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

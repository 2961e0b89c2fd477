/**
 * Per-client rate limit that keeps no IP address. A client is counted under an HMAC of its address
 * with a random salt; the salt and every count are replaced at the end of each window, so after at
 * most one window nothing links a count to an address, and the address itself is never stored.
 * Web Crypto only, so the handler runs unchanged in Deno, Bun and edge runtimes.
 */
import type { webcrypto } from 'node:crypto';

type CryptoKey = webcrypto.CryptoKey;

export interface RateLimitOptions {
  /** Requests a client may make per window. Default 120. */
  max?: number;
  /** Window length in ms. Default 60 000. */
  windowMs?: number;
}

export interface RateLimiter {
  /** Counts a request; resolves to the seconds to wait when over the limit, else 0. */
  hit(clientAddress: string): Promise<number>;
}

const newKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>;

export function createRateLimiter(o: RateLimitOptions = {}, now: () => number = Date.now): RateLimiter {
  const max = o.max ?? 120;
  const windowMs = o.windowMs ?? 60_000;
  let key = newKey();
  let counts = new Map<string, number>();
  let windowStart = now();
  const encoder = new TextEncoder();
  return {
    async hit(address) {
      const t = now();
      if (t - windowStart >= windowMs) {
        key = newKey(); // a new salt: yesterday's ids mean nothing today
        counts = new Map();
        windowStart = t;
      }
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(address)));
      const id = String.fromCharCode(...mac.subarray(0, 16));
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      return n > max ? Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)) : 0;
    },
  };
}

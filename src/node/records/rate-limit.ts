/**
 * Per-client rate limit that keeps no IP address. A client is counted under an HMAC of its address
 * with a random salt; the salt and every count are replaced at the end of each window, so after at
 * most one window nothing links a count to an address, and the address itself is never stored.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests a client may make per window. Default 120. */
  max?: number;
  /** Window length in ms. Default 60 000. */
  windowMs?: number;
}

export interface RateLimiter {
  /** Counts a request; returns the seconds to wait when over the limit, else 0. */
  hit(clientAddress: string): number;
}

export function createRateLimiter(o: RateLimitOptions = {}, now: () => number = Date.now): RateLimiter {
  const max = o.max ?? 120;
  const windowMs = o.windowMs ?? 60_000;
  let salt = randomBytes(32);
  let counts = new Map<string, number>();
  let windowStart = now();
  return {
    hit(address) {
      const t = now();
      if (t - windowStart >= windowMs) {
        salt = randomBytes(32);
        counts = new Map();
        windowStart = t;
      }
      const id = createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      return n > max ? Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)) : 0;
    },
  };
}

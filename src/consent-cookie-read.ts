/**
 * Reading the consent cookie: every copy straight from `document.cookie`, no library, so the loader a
 * returning visitor runs carries no cookie writer (writes are in the lazy write chunk, consent-cookie.ts).
 * Never throws: a sandboxed document throws on `document.cookie`, which reads as no decision.
 */
import type { ResolvedConfig } from './config.js';

/**
 * Every value stored under `name` that this page can see, in `document.cookie` order. Several cookies
 * can share a name (RFC 6265 §5.3 step 11 keys a cookie by name, domain and path: a host-only copy, a
 * `Domain=` copy, one per path), and `document.cookie` lists them all; js-cookie returns only the first.
 */
export function consentCookieValues(name: string): string[] {
  const out: string[] = [];
  for (const c of document.cookie.split(';')) {
    const i = c.indexOf('=');
    if (i > 0 && c.slice(0, i).trim() == name)
      try {
        out.push(decodeURIComponent(c.slice(i + 1).trim()));
      } catch {
        // A malformed escape is not a value we wrote.
      }
  }
  return out;
}

/**
 * The raw value to use, or undefined when absent or cookies are unavailable. Never throws.
 * `rank(v)` gives a valid value's decision time (nothing for an invalid one): of several cookies of the
 * name, the valid one with the latest decision wins, so a stale copy on another path or domain can
 * never shadow the current decision, nor a withdrawal. With no valid one, the first is returned.
 */
export function readConsentCookie(
  o: Pick<ResolvedConfig['cookie'], 'name'>,
  rank?: (v: string) => number | undefined,
): string | undefined {
  try {
    const all = consentCookieValues(o.name);
    let best = all[0];
    let top = -Infinity;
    for (const v of all) {
      const t = rank?.(v);
      if (t != null && t > top) [best, top] = [v, t];
    }
    return best;
  } catch {
    return undefined;
  }
}

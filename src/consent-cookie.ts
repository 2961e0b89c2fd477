/**
 * The consent cookie itself, read and written through js-cookie (GDPR Art. 7(1)).
 * Every access is wrapped: a sandboxed iframe throws a SecurityError on `document.cookie`, and
 * blocked cookies must leave the decision in memory for the page view instead of crashing.
 * Without `document` (server-side rendering) reads give undefined and writes give false.
 */
import Cookies from 'js-cookie';
import type { ResolvedConfig } from './config.js';
import { cookieDomains, cookiePaths } from './gate/cleanup-variants.js';

type CookieOptions = ResolvedConfig['cookie'];

/**
 * Largest `name=value` we write. Browsers drop a cookie over 4096 bytes silently (RFC 6265 §6.1
 * only promises 4096 for name, value and attributes together), so we stop well before (GDPR Art. 7(1)).
 */
export const MAX_COOKIE_BYTES = 3500;

/** The encoded record would not fit in one cookie: configure fewer or shorter service ids. */
export class RecordTooLargeError extends Error {
  override name = 'RecordTooLargeError';
}

const attributes = (o: CookieOptions): Cookies.CookieAttributes => ({
  path: o.path,
  domain: o.domain,
  sameSite: o.sameSite,
  secure: o.secure,
});

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
export function readConsentCookie(o: CookieOptions, rank?: (v: string) => number | undefined): string | undefined {
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

/**
 * Expire every copy of the consent cookie this page can see: host-only and on every parent domain,
 * on every path from `/` to this page's (gate/cleanup-variants.ts). Secure on https, which a
 * `__Secure-` or `__Host-` name needs even to be deleted.
 */
function expireAll(o: CookieOptions): void {
  if (!consentCookieValues(o.name).length) return;
  const secure = location.protocol == 'https:' ? ';secure' : '';
  for (const d of ['', ...cookieDomains(location.hostname)])
    for (const p of cookiePaths(location.pathname))
      document.cookie = `${o.name}=;max-age=0;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d && ';domain=' + d}${secure}`;
}

/**
 * Stores the value for `expiresDays` with the configured path, domain, SameSite and Secure, after
 * removing every other copy of the name (paths and domains), so that no stale decision outlives it.
 * Throws {@link RecordTooLargeError} when `name=value` would exceed {@link MAX_COOKIE_BYTES}.
 * Returns false (and says so on the console) when the browser did not store it (cookies blocked or
 * the attributes refused); the caller then keeps the decision in memory for this page view.
 */
export function writeConsentCookie(value: string, o: CookieOptions): boolean {
  // Percent-encoded length: what the browser stores (an upper bound of js-cookie's encoding).
  const size = encodeURIComponent(o.name + value).length + 1;
  if (size > MAX_COOKIE_BYTES)
    throw new RecordTooLargeError(
      `Keks: consent cookie of ${size} bytes exceeds ${MAX_COOKIE_BYTES} (cookie.name, services)`,
    );
  let ok = false;
  try {
    expireAll(o);
    Cookies.set(o.name, value, { ...attributes(o), expires: o.expiresDays });
    // Reading back is the only portable way to learn that the browser refused it.
    ok = consentCookieValues(o.name).includes(value);
  } catch {
    // Cookies unavailable (sandboxed document): reported below.
  }
  if (!ok)
    console.warn(
      `keks: the consent cookie "${o.name}" was not stored (cookies blocked, or cookie.domain/secure/sameSite refused here); the decision holds for this page view only.`,
    );
  return ok;
}

/** Deletes the cookie on every path and domain variant this page can see, so a withdrawal is never lost. Never throws. */
export function removeConsentCookie(o: CookieOptions): void {
  try {
    expireAll(o);
    Cookies.remove(o.name, attributes(o));
  } catch {
    // Cookies unavailable: nothing stored to remove.
  }
}

/**
 * The consent cookie itself, written through js-cookie (GDPR Art. 7(1)); read by consent-cookie-read.ts.
 * Every access is wrapped: a sandboxed iframe throws a SecurityError on `document.cookie`, and
 * blocked cookies must leave the decision in memory for the page view instead of crashing.
 * Without `document` (server-side rendering) reads give undefined and writes give false.
 */
import Cookies from 'js-cookie';
import type { ResolvedConfig } from './config.js';
import { cookieDomains, cookiePaths } from './gate/cleanup-variants.js';
import { consentCookieValues } from './consent-cookie-read.js';

// The loader reads through consent-cookie-read.ts alone, so js-cookie (writes only) stays in the write chunk.
export { consentCookieValues, readConsentCookie } from './consent-cookie-read.js';

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

/**
 * The consent cookie itself, read and written through js-cookie (GDPR Art. 7(1)).
 * Every access is wrapped: a sandboxed iframe throws a SecurityError on `document.cookie`, and
 * blocked cookies must leave the decision in memory for the page view instead of crashing.
 * Without `document` (server-side rendering) reads give undefined and writes give false.
 */
import Cookies from 'js-cookie';
import type { ResolvedConfig } from './config.js';

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

/** The raw cookie value, or undefined when absent or cookies are unavailable. Never throws. */
export function readConsentCookie(o: CookieOptions): string | undefined {
  try {
    return Cookies.get(o.name);
  } catch {
    return undefined;
  }
}

/**
 * Stores the value for `expiresDays` with the configured path, domain, SameSite and Secure.
 * Throws {@link RecordTooLargeError} when `name=value` would exceed {@link MAX_COOKIE_BYTES}.
 * Returns false when the browser did not store it (cookies blocked or the attributes refused);
 * the caller then keeps the decision in memory for this page view.
 */
export function writeConsentCookie(value: string, o: CookieOptions): boolean {
  // Percent-encoded length: what the browser stores (an upper bound of js-cookie's encoding).
  const size = encodeURIComponent(o.name + value).length + 1;
  if (size > MAX_COOKIE_BYTES)
    throw new RecordTooLargeError(
      `Keks: consent cookie of ${size} bytes exceeds ${MAX_COOKIE_BYTES} (cookie.name, services)`,
    );
  try {
    // A host-only cookie of the same name (written before `domain` was configured) is sent and read
    // before the domain one (RFC 6265 §5.4 orders by path, then age), so it would shadow every later
    // decision. Remove it first: on the host that equals `domain` browsers that merge the two
    // (RFC 6265 §5.3 step 11) just overwrite it below.
    if (o.domain) Cookies.remove(o.name, { ...attributes(o), domain: undefined });
    Cookies.set(o.name, value, { ...attributes(o), expires: o.expiresDays });
    // Reading back is the only portable way to learn that the browser refused it.
    return Cookies.get(o.name) === value;
  } catch {
    return false;
  }
}

/** Deletes the cookie (and a host-only duplicate when `domain` is set). Never throws. */
export function removeConsentCookie(o: CookieOptions): void {
  try {
    Cookies.remove(o.name, attributes(o));
    if (o.domain) Cookies.remove(o.name, { ...attributes(o), domain: undefined });
  } catch {
    // Cookies unavailable: nothing stored to remove.
  }
}

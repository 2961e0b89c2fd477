/**
 * The consent record and its cookie value (GDPR Recital 32; GDPR Art. 7(1)).
 *
 * Value layout, eleven `~`-separated fields:
 * ```
 * 1~<revision>~<consent id>~<first>~<last>~<granted>~<denied>~<granted services>~<denied services>~<source>~<gpc>
 * ```
 * numbers in base 36 (times in whole seconds), id lists joined with `.`, source as an index, gpc `0`/`1`.
 * Example: `1~0~3b241101-e2bb-4255-8caf-4136c566a962~t3x5k0~t3x5k0~necessary.analytics~marketing~~~0~0`.
 * Every character is a cookie-octet (RFC 6265 §4.1.1: no quotes, commas, semicolons, backslash or
 * whitespace) and one that js-cookie's encoder leaves as it is (RFC 3986 unreserved), so the value
 * is stored and read back byte for byte.
 */
import type { ConsentSource } from './api-types.js';

/** Version of the value layout. A cookie with any other version is "no decision" (GDPR Recital 32). */
export const FORMAT_VERSION = 1;

/** One visitor's decision, as stored. */
export interface ConsentRecord {
  /** Config revision the decision was made for. */
  revision: number;
  /** Random consent id (GDPR Art. 7(1)), a UUID. */
  id: string;
  /** First decision, ms since epoch (stored in whole seconds). */
  first: number;
  /** Latest decision, ms since epoch (stored in whole seconds). */
  last: number;
  /** Categories granted and denied: explicit both ways (GDPR Art. 7(1)). */
  granted: string[];
  denied: string[];
  /** Per-service exceptions; services named in neither list follow their category. */
  grantedServices: string[];
  deniedServices: string[];
  source: ConsentSource;
  /** A Global Privacy Control signal was already applied to this record. */
  gpc: boolean;
}

/** What decoding checks the stored value against. */
export interface DecodeContext {
  /** Current config revision: a record of any other revision is "no decision". */
  revision: number;
  /** Lifetime of a decision in days, counted from the record's `last` time. */
  expiresDays: number;
  /**
   * Categories the record must name in `granted` or `denied`: the current non-necessary ones
   * (passing necessary ones too is fine, the encoder always lists them as granted).
   */
  categories: readonly string[];
  /** Now, ms since epoch. Default `Date.now()`. */
  now?: number;
}

// Indexes are stored: append new sources, never reorder.
export const SOURCES: readonly ConsentSource[] = ['banner', 'preferences', 'api', 'gpc', 'placeholder'];
/** Category and service ids (config validation uses the same rule), so they never need escaping in the cookie. */
export const ID = /^[a-z][a-z\d_-]*$/;
const UUID = /^[\da-f]{8}-([\da-f]{4}-){3}[\da-f]{12}$/;
/**
 * Tolerated clock difference for times "in the future": a day, so a decision made on a machine whose
 * clock runs ahead (or a wrong time zone setting) is kept, and small next to the lifetime a forged
 * time could add.
 */
const SKEW = 864e5;

// Strict base-36 parse: parseInt alone would accept "12abc!" as 1·36⁴+…
const number = (s: string): number => (/^[\da-z]{1,9}$/.test(s) ? parseInt(s, 36) : NaN);
const ids = (s: string): string[] => (s ? s.split('.') : []);

/**
 * Reads a cookie value. Never throws. Returns null ("no decision": all denied, banner shown,
 * GDPR Recital 32) for anything that is not a valid record of the current config.
 */
export function decodeRecord(value: unknown, ctx: DecodeContext): ConsentRecord | null {
  if (typeof value != 'string') return null;
  const f = value.split('~');
  const now = ctx.now ?? Date.now();
  const first = number(f[3]) * 1e3;
  const last = number(f[4]) * 1e3;
  const [granted, denied, grantedServices, deniedServices] = f.slice(5, 9).map(ids);
  // find, not SOURCES[f[9]]: "length" or "constructor" must not index into the array.
  const source = SOURCES.find((_, i) => f[9] == i + '');
  const unique = (a: string[], b: string[]): boolean =>
    a.concat(b).every((x, i, all) => ID.test(x) && all.indexOf(x) == i);
  return f.length == 11 && // truncated or extra fields: foreign or damaged (GDPR Recital 32)
    f[0] == FORMAT_VERSION + '' && // older or future layout (GDPR Recital 32)
    f[1] == ctx.revision.toString(36) && // older or newer revision asks again
    UUID.test(f[2]) && // the consent id quoted in requests (GDPR Art. 7(1))
    first <= last &&
    last <= now + SKEW && // a time in the future (NaN fails every comparison)
    // Expiry from the stored time, not only the cookie's own: Safari caps script cookies at 7 days,
    // a server may re-set it longer; the banner returns when the decision expires.
    now < last + ctx.expiresDays * 864e5 &&
    // Explicit both ways (GDPR Art. 7(1)): no id granted and denied, no repeats, ids that need no escaping.
    unique(granted, denied) &&
    unique(grantedServices, deniedServices) &&
    // A category the config gained since: the visitor never decided on it, so ask (GDPR Recital 32).
    ctx.categories.every((c) => granted.includes(c) || denied.includes(c)) &&
    !!source &&
    /^[01]$/.test(f[10])
    ? {
        revision: ctx.revision,
        id: f[2],
        first,
        last,
        granted,
        denied,
        grantedServices,
        deniedServices,
        source,
        gpc: f[10] == '1',
      }
    : null;
}

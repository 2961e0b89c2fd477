/**
 * Writing a decision (a lazy chunk: a returning visitor only reads). Encodes the record and writes
 * or removes the consent cookie with its variants; never throws, so a queued write cannot stop the next.
 */
import { RecordTooLargeError, removeConsentCookie, writeConsentCookie } from './consent-cookie.js';
import type { ResolvedConfig } from './config.js';
import type { ConsentRecord } from './record.js';
import { encodeRecord } from './record-encode.js';

/** What one write did. */
export interface WriteResult {
  /** The cookie value written, or null for a removal: what other tabs are told. */
  value: string | null;
  /** The browser did not keep it: the decision lives in memory for this page view. */
  memoryOnly: boolean;
}

/** Persist a record, or remove the cookie for `null`. */
export function writeDecision(r: ConsentRecord | null, cookie: ResolvedConfig['cookie']): WriteResult {
  let value: string | null = null;
  try {
    if (r) return { value: (value = encodeRecord(r)), memoryOnly: !writeConsentCookie(value, cookie) };
    removeConsentCookie(cookie);
  } catch (e) {
    // Blocked or sandboxed cookies throw in some browsers: keep working in memory. A record too large
    // for one cookie must never vanish silently: say so loudly.
    if (e instanceof RecordTooLargeError) console.error(e);
    return { value, memoryOnly: true };
  }
  return { value, memoryOnly: false };
}

/**
 * Whether this browser holds a decision made for another config revision: the store treats it as no
 * decision (asks again), and the banner says why instead of looking like a first visit (the privacy
 * policy promises notice of changes). Reads only the record's version and revision fields.
 */
import type { ResolvedConfig } from './config.js';
import { readConsentCookie } from './consent-cookie-read.js';
import { FORMAT_VERSION } from './record.js';

export function decidedForOtherRevision(config: ResolvedConfig): boolean {
  let raw: string | undefined;
  try {
    raw = readConsentCookie(config.cookie);
  } catch {
    return false;
  }
  const f = raw?.split('~');
  return !!f && f.length == 11 && f[0] == FORMAT_VERSION + '' && f[1] != config.revision.toString(36);
}

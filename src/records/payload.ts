/** Builds the record of one decision from a consent event (see types.ts for the fields). */
import type { ConsentEventDetail } from '../api-types.js';
import type { ResolvedConfig } from '../config.js';
import { configHash } from './config-hash.js';
import type { ConsentRecordPayload } from './types.js';

/** The idempotency key: the same decision (replayed event, another tab) always gets the same key. */
export const recordKey = (consentId: string, timeMs: number): string => consentId + '.' + timeMs.toString(36);

const LANG = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

/** The page language: `language.force`, else `<html lang>`, else the configured default. */
const pageLanguage = (c: ResolvedConfig): string => {
  const tag = (c.language.force || document.documentElement.lang || '').trim().replace(/_/g, '-');
  return LANG.test(tag) ? tag : c.language.default;
};

/** The record of the decision in `detail`, or null when there is none to record (after a reset). */
export function buildRecord(detail: ConsentEventDetail, config: ResolvedConfig): ConsentRecordPayload | null {
  const s = detail.state;
  if (!s.decided || !s.id || s.lastDecision == null || !s.source) return null;
  return {
    consentId: s.id,
    key: recordKey(s.id, s.lastDecision),
    time: new Date(s.lastDecision).toISOString(),
    revision: s.revision,
    configHash: configHash(config),
    granted: [...s.granted],
    denied: [...s.denied],
    grantedServices: [...s.grantedServices],
    deniedServices: [...s.deniedServices],
    source: s.source,
    language: pageLanguage(config),
    // Query and fragment can carry personal data (search terms, e-mail links, tokens): never sent.
    url: location.origin + location.pathname,
  };
}

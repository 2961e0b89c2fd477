/**
 * The consent record sent to the site owner's receiver: exactly these fields and nothing that
 * identifies the visitor (no IP address, no user agent, no cookie but the random consent id).
 * `schemas/records.schema.json` (export `keks/records.schema.json`) describes the same shape for other receivers.
 */
import type { ConsentSource } from '../api-types.js';

export interface ConsentRecordPayload {
  /** The random consent id stored in the consent cookie (a UUID). */
  consentId: string;
  /** Idempotency key: the consent id and the decision time in ms, base 36 (`<consentId>.<ms>`). */
  key: string;
  /** When the decision was made (ISO 8601, UTC, ms). */
  time: string;
  /** Config revision the decision was made for. */
  revision: number;
  /** Hash of the configuration the visitor decided on (see `config-hash.ts`). */
  configHash: string;
  granted: string[];
  denied: string[];
  grantedServices: string[];
  deniedServices: string[];
  source: ConsentSource;
  /** The language of the page (a language tag). */
  language: string;
  /** The page URL without query or fragment. */
  url: string;
}

/** What the lazy records chunk exports (records-loader.ts imports it on a decision or a queued record). */
export interface RecordsModule {
  /** Queue a record of this decision and send the queue. */
  record(
    detail: import('../api-types.js').ConsentEventDetail,
    config: import('../config.js').ResolvedConfig,
  ): Promise<void>;
  /** Send what an earlier page view left queued. */
  flush(config: import('../config.js').ResolvedConfig): Promise<void>;
}

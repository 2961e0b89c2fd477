/**
 * Checks a parsed body against the record schema (records.schema.json) plus the rules JSON Schema
 * cannot say: the idempotency key must be the one the browser derives from the consent id and the
 * time (a forged key is refused), granted and denied never share an id, the time is not in the future.
 * Returns the first problem with the field it concerns, so the 4xx answer names it.
 */
import { RECORD_FIELDS, SOURCES, type ConsentRecord } from './record-fields.js';

export interface RecordProblem {
  /** The field at fault (`granted[2]`), or `body` for the whole object. */
  field: string;
  message: string;
}

const UUID = /^[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const ID = /^[a-z][a-z\d_-]{0,63}$/;
const LANG = /^[a-z]{2,3}(-[a-z\d]{2,8}){0,4}$/i;
const HASH = /^[\da-f]{16}$/;
/** Clock difference tolerated between a visitor's device and the receiver. */
const FUTURE_SKEW_MS = 24 * 3600e3;
const MAX_IDS = 256;

const ids = (v: unknown, field: string): RecordProblem | undefined => {
  if (!Array.isArray(v)) return { field, message: 'must be an array of ids' };
  if (v.length > MAX_IDS) return { field, message: `must have at most ${MAX_IDS} ids` };
  for (let i = 0; i < v.length; i++) {
    if (typeof v[i] != 'string' || !ID.test(v[i]))
      return { field: `${field}[${i}]`, message: 'must be an id (a-z, 0-9, -, _)' };
    if (v.indexOf(v[i]) != i) return { field: `${field}[${i}]`, message: 'is repeated' };
  }
};

/** The problem with `body`, or undefined when it is a valid record. */
export function checkRecord(body: unknown, now = Date.now()): RecordProblem | undefined {
  if (!body || typeof body != 'object' || Array.isArray(body))
    return { field: 'body', message: 'must be a JSON object' };
  const r = body as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!(RECORD_FIELDS as readonly string[]).includes(k)) return { field: k, message: 'is not a record field' };
  for (const k of RECORD_FIELDS) if (!Object.hasOwn(r, k)) return { field: k, message: 'is required' };

  if (typeof r.consentId != 'string' || !UUID.test(r.consentId))
    return { field: 'consentId', message: 'must be a lowercase UUID' };
  if (typeof r.time != 'string' || !TIME.test(r.time) || Number.isNaN(Date.parse(r.time)))
    return { field: 'time', message: 'must be an ISO 8601 UTC time with milliseconds' };
  const ms = Date.parse(r.time);
  if (ms > now + FUTURE_SKEW_MS) return { field: 'time', message: 'is in the future' };
  if (typeof r.key != 'string' || r.key != r.consentId + '.' + ms.toString(36))
    return { field: 'key', message: 'does not match consentId and time' };
  if (!Number.isSafeInteger(r.revision) || (r.revision as number) < 0)
    return { field: 'revision', message: 'must be an integer ≥ 0' };
  if (typeof r.configHash != 'string' || !HASH.test(r.configHash))
    return { field: 'configHash', message: 'must be 16 hex digits' };
  for (const k of ['granted', 'denied', 'grantedServices', 'deniedServices'] as const) {
    const p = ids(r[k], k);
    if (p) return p;
  }
  for (const [a, b] of [
    ['granted', 'denied'],
    ['grantedServices', 'deniedServices'],
  ] as const) {
    const both = (r[a] as string[]).find((x) => (r[b] as string[]).includes(x));
    if (both) return { field: b, message: `names "${both}", which ${a} names too` };
  }
  if (!(SOURCES as readonly unknown[]).includes(r.source))
    return { field: 'source', message: 'must be one of ' + SOURCES.join(', ') };
  if (typeof r.language != 'string' || !LANG.test(r.language))
    return { field: 'language', message: 'must be a language tag' };
  if (typeof r.url != 'string' || r.url.length > 2048 || !/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(r.url))
    return { field: 'url', message: 'must be an http(s) URL without query or fragment' };
}

/** Narrows `body` to a record when {@link checkRecord} finds nothing. */
export const isRecord = (body: unknown, now?: number): body is ConsentRecord => !checkRecord(body, now);

/**
 * Encoding a record into its cookie value (layout in record.ts). Apart from decoding so that only the
 * write chunk carries it: a returning visitor only reads the cookie.
 */
import { FORMAT_VERSION, SOURCES, type ConsentRecord } from './record.js';

const seconds = (ms: number): string => Math.floor(ms / 1e3).toString(36);

/** The cookie value for a record. */
export function encodeRecord(r: ConsentRecord): string {
  return [
    FORMAT_VERSION,
    r.revision.toString(36),
    r.id,
    seconds(r.first),
    seconds(r.last),
    r.granted.join('.'),
    r.denied.join('.'),
    r.grantedServices.join('.'),
    r.deniedServices.join('.'),
    SOURCES.indexOf(r.source),
    +r.gpc,
  ].join('~');
}

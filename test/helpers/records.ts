/** Valid consent records for receiver tests, shaped as the browser chunk builds them. */
import { randomUUID } from 'node:crypto';
import type { ConsentRecord } from '../../src/node/records/record-fields.js';

/**
 * A record's fields in the order the receiver stores, exports and writes CSV columns: written out here, not taken
 * from src/, so that a field added or moved there by mistake fails the tests.
 */
export const RECORD_FIELDS_IN_ORDER = [
  'consentId',
  'key',
  'time',
  'revision',
  'configHash',
  'granted',
  'denied',
  'grantedServices',
  'deniedServices',
  'source',
  'language',
  'url',
];

export function makeRecord(over: Partial<ConsentRecord> & { ms?: number } = {}): ConsentRecord {
  const { ms = Date.now(), ...rest } = over;
  const consentId = rest.consentId ?? randomUUID();
  return {
    consentId,
    key: consentId + '.' + ms.toString(36),
    time: new Date(ms).toISOString(),
    revision: 1,
    configHash: '0123456789abcdef',
    granted: ['necessary', 'analytics'],
    denied: ['preferences', 'marketing'],
    grantedServices: ['ga'],
    deniedServices: ['baidu'],
    source: 'banner',
    language: 'cs',
    url: 'https://www.example.cz/clanek',
    ...rest,
  };
}

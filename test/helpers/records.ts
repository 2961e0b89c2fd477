/** Valid consent records for receiver tests, shaped as the browser chunk builds them. */
import { randomUUID } from 'node:crypto';
import type { ConsentRecord } from '../../src/node/records/record-fields.js';

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

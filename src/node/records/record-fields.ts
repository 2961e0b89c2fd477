/**
 * The consent record as the receiver accepts it: exactly the fields the browser sends
 * (src/records/types.ts; `schemas/records.schema.json` says the same in JSON Schema).
 */
export interface ConsentRecord {
  consentId: string;
  key: string;
  time: string;
  revision: number;
  configHash: string;
  granted: string[];
  denied: string[];
  grantedServices: string[];
  deniedServices: string[];
  source: 'banner' | 'preferences' | 'api' | 'gpc' | 'placeholder';
  language: string;
  url: string;
}

/** Every field, in the order exports and CSV columns use. */
export const RECORD_FIELDS = [
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
] as const satisfies readonly (keyof ConsentRecord)[];

export const SOURCES = ['banner', 'preferences', 'api', 'gpc', 'placeholder'] as const;

/** CSV export rows (RFC 4180): one column per record field, id lists joined with spaces. */
import { RECORD_FIELDS, type ConsentRecord } from './record-fields.js';

const cell = (v: unknown): string => {
  const s = Array.isArray(v) ? v.join(' ') : String(v);
  // Quote every cell that needs it; a leading =, +, - or @ is prefixed so spreadsheets never run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? "'" + s : s;
  return /[",\r\n]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
};

export const csvHeader = (): string => [...RECORD_FIELDS, 'receivedAt'].join(',') + '\r\n';

export const csvRow = (r: ConsentRecord, receivedAt: Date): string =>
  [...RECORD_FIELDS.map((k) => cell(r[k])), receivedAt.toISOString()].join(',') + '\r\n';

/**
 * `keks/records`: the consent-records receiver (README "Consent records"). Node-only; the handler
 * itself is a standard `(Request) => Promise<Response>` for any runtime with web streams.
 */
export { createRecordsHandler } from './handler.js';
export type { RecordsHandler, RecordsHandlerOptions, RecordsOutcome, RecordsRequestContext } from './handler.js';
export { recordsMiddleware, toNodeListener, toRequest, sendResponse } from './node-adapter.js';
export { openStorage } from './open-storage.js';
export type { StorageOptions } from './open-storage.js';
export { createSqlStorage } from './sql-storage.js';
export type { SqlClient } from './sql-client.js';
export type { ExportFilter, RecordsStorage, StoredRecord } from './storage.js';
export type { ConsentRecord } from './record-fields.js';
export { RECORD_FIELDS } from './record-fields.js';
export { checkRecord } from './validate-record.js';
export type { RecordProblem } from './validate-record.js';
export type { RateLimitOptions } from './rate-limit.js';
export { MissingDependencyError } from './import-optional.js';

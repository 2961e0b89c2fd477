/**
 * npm build: the records chunk is a dynamic import the app's bundler splits off. The script-tag
 * build swaps this file for `records-loader-cdn.ts` (rollup.config.mjs).
 */
import type { KeksApi } from './api-types.js';
import { watchRecordsWith } from './records-watch.js';

/** Sends every decision to `config.records.endpoint` when one is configured. */
export const watchRecords = (api: KeksApi): void => watchRecordsWith(api, () => import('./records/index.js'));

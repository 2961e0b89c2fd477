/**
 * Script-tag variant of `records-loader.ts` (aliased in rollup.config.mjs): the records chunk is
 * `keks-records.js`, imported at run time from next to `keks-ui.js` (by default next to `keks.js`),
 * so the classic loader never inlines it.
 */
import type { KeksApi } from './api-types.js';
import type { RecordsModule } from './records/types.js';
import { watchRecordsWith } from './records-watch.js';

/** Sends every decision to `config.records.endpoint` when one is configured. */
export const watchRecords = (api: KeksApi): void =>
  watchRecordsWith(
    api,
    () => import(/* @vite-ignore */ new URL('keks-records.js', api.getConfig()!.uiUrl).href) as Promise<RecordsModule>,
  );

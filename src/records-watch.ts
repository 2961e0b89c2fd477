/**
 * Hooks consent records into the loader (README "Consent records"): a check that the config has an
 * endpoint, two event listeners and a localStorage look-up. The records code itself is a lazy chunk,
 * loaded by `load` only on a decision or when an earlier page view left a record queued, so a
 * returning visitor with nothing queued downloads none of it.
 */
import type { ConsentEventDetail, KeksApi } from './api-types.js';
import { QUEUE_KEY } from './records/queue-key.js';
import type { RecordsModule } from './records/types.js';

/** Whether an earlier page view left records to send. */
export const recordsQueued = (): boolean => {
  try {
    return !!localStorage.getItem(QUEUE_KEY);
  } catch {
    return false; // storage blocked: the queue was in memory and went with that page view
  }
};

/** Sends every decision (first choice, change, withdrawal, GPC) to `config.records.endpoint`. */
export function watchRecordsWith(api: KeksApi, load: () => Promise<RecordsModule>): void {
  const config = api.getConfig();
  if (!config?.records) return;
  const send = (d: ConsentEventDetail): void =>
    void load()
      .then((m) => m.record(d, config))
      .catch(console.error);
  // `consent`: a first decision (banner, API, a placeholder's "always allow"). `change`: a change,
  // a withdrawal, GPC applied to a stored decision. A reset (no decision) is skipped by the chunk.
  api.on('consent', send);
  api.on('change', send);
  if (recordsQueued())
    void load()
      .then((m) => m.flush(config))
      .catch(console.error);
}

/**
 * Sends one record. While the page is visible: `fetch` with `keepalive`, whose answer says whether
 * the receiver stored it (a 503 keeps the record queued). While the page is being hidden or unloaded,
 * when a promise may never settle: `navigator.sendBeacon`, the browser's delivery-after-unload channel,
 * falling back to `fetch` with `keepalive`; the record stays queued until a later page view gets a
 * confirmed answer (the receiver ignores the repeat by its idempotency key). No credentials are sent.
 */
import type { ConsentRecordPayload } from './types.js';

/** `stored`: 2xx. `rejected`: the receiver will never take it (4xx other than 408/429). `retry`: keep it. */
export type SendResult = 'stored' | 'rejected' | 'retry';

const hidden = (): boolean => typeof document != 'undefined' && document.visibilityState == 'hidden';

/** Hands the record to the browser for delivery after unload; true when one channel accepted it. */
export function beacon(endpoint: string, record: ConsentRecordPayload): boolean {
  const body = JSON.stringify(record);
  try {
    // A string body is sent as text/plain: a CORS-safelisted request, no preflight during unload.
    if (navigator.sendBeacon?.(endpoint, body)) return true;
  } catch {
    /* a blocked or invalid URL: try fetch */
  }
  try {
    void fetch(endpoint, {
      method: 'POST',
      body,
      keepalive: true,
      credentials: 'omit',
      headers: { 'content-type': 'text/plain' },
    }).catch(() => {});
    return true;
  } catch {
    return false;
  }
}

export async function send(endpoint: string, record: ConsentRecordPayload): Promise<SendResult> {
  if (hidden()) {
    beacon(endpoint, record);
    return 'retry';
  }
  try {
    const r = await fetch(endpoint, {
      method: 'POST',
      body: JSON.stringify(record),
      keepalive: true,
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
    });
    return r.ok
      ? 'stored'
      : r.status >= 400 && r.status < 500 && r.status != 408 && r.status != 429
        ? 'rejected'
        : 'retry';
  } catch {
    return 'retry'; // offline, receiver down, blocked by an extension
  }
}

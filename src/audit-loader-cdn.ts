/** Script-tag build of `audit-loader.ts`: `keks-audit.js` sits next to `keks-ui.js`, imported at run time. */
import type { KeksApi } from './api-types.js';

export function loadAudit(api: KeksApi): void {
  const url = new URL('keks-audit.js', api.getConfig()!.uiUrl || location.href).href;
  (import(/* @vite-ignore */ url) as Promise<{ startAudit(api: KeksApi): Promise<unknown> }>)
    .then((m) => m.startAudit(api))
    .catch(console.error);
}

/**
 * Starts the dev-mode audit chunk. npm build: a dynamic import the bundler splits off (development builds
 * only, unless the config sets `debug: true`). The script-tag build swaps this file for
 * `audit-loader-cdn.ts` (rollup.config.mjs), which imports `keks-audit.js` next to `keks-ui.js`.
 */
import type { KeksApi } from './api-types.js';

export function loadAudit(api: KeksApi): void {
  import('./audit/index.js').then((m) => m.startAudit(api)).catch(console.error);
}

/**
 * Loads the UI chunk once, on demand: a returning visitor with a
 * valid decision never gets here, so never downloads Lit, the UI or a locale.
 * npm build: a dynamic import the app's bundler splits off. The script-tag build swaps
 * this file for `ui-loader-cdn.ts` (rollup.config.mjs), which imports a URL at run time.
 */
import type { KeksApi, UiController, UiModule } from './api-types.js';

let ui: Promise<UiController> | undefined;
let mounted = false;

/** The mounted UI; the module is imported and `mount(api)` called at most once per page. */
export function loadUi(api: KeksApi): Promise<UiController> {
  return (ui ||= import('./ui/mount.js').then(
    (m: UiModule) => {
      const c = m.mount(api);
      mounted = true;
      return c;
    },
    (e) => {
      ui = undefined; // a failed download may be retried by the next call
      throw e;
    },
  ));
}

/** Whether the UI has been asked for in this page view. */
export const uiRequested = (): boolean => !!ui;

/** Whether `mount(api)` has run: from then on the UI's own listeners answer (open-marked.ts). */
export const uiMounted = (): boolean => mounted;

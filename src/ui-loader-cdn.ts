/**
 * Script-tag variant of `ui-loader.ts` (aliased in rollup.config.mjs): imports `keks-ui.js`
 * from a URL at run time, so the classic IIFE never inlines Lit.
 * The URL is `config.uiUrl`, by default `keks-ui.js` next to the loader (embed.ts).
 */
import type { KeksApi, UiController, UiModule } from './api-types.js';

let ui: Promise<UiController> | undefined;
let mounted = false;

export function loadUi(api: KeksApi): Promise<UiController> {
  return (ui ||= import(/* @vite-ignore */ api.getConfig()!.uiUrl!).then(
    (m: UiModule) => {
      const c = m.mount(api);
      mounted = true;
      return c;
    },
    (e) => {
      ui = undefined;
      throw e;
    },
  ));
}

export const uiRequested = (): boolean => !!ui;

export const uiMounted = (): boolean => mounted;

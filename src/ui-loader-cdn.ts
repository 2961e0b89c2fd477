/**
 * Script-tag variant of `ui-loader.ts` (aliased in rollup.config.mjs): imports `keks-ui.js`
 * from a URL at run time, so the classic IIFE never inlines Lit.
 * The URL is `config.uiUrl`, by default `keks-ui.js` next to the loader (embed.ts).
 */
import type { KeksApi, UiController, UiModule } from './api-types.js';

let ui: Promise<UiController> | undefined;
let mounted = false;

export function loadUi(api: KeksApi): Promise<UiController> {
  const url = api.getConfig()!.uiUrl!;
  return (ui ||= import(/* @vite-ignore */ url).then(
    (m: UiModule) => {
      const c = m.mount(api);
      mounted = true;
      return c;
    },
    (e) => {
      ui = undefined;
      console.error(
        `Keks: could not load the UI from ${url} (${e}). Check that keks-ui.js is there or set uiUrl; from another origin it needs an Access-Control-Allow-Origin header (CORS).`,
      );
      throw e;
    },
  ));
}

export const uiRequested = (): boolean => !!ui;

export const uiMounted = (): boolean => mounted;

/**
 * Script-tag variant of `ui-loader.ts` (aliased in rollup.config.mjs): imports `keks-ui.js`
 * from a URL at run time, so the classic IIFE never inlines Lit.
 * The URL is `config.uiUrl`, by default `keks-ui.js` next to the loader (embed.ts).
 */
import type { KeksApi, UiController, UiModule } from './api-types.js';
import type { ResolvedConfig } from './config.js';
import { BUILT_IN_LANGUAGES } from './i18n/built-in.js';

let ui: Promise<UiController> | undefined;
let mounted = false;

/**
 * The UI's language file, fetched beside the UI instead of after it (one round trip less before the
 * banner). The likely language only: the one asked for, `<html lang>` or the default, by its base
 * language; the UI itself decides (resolve-language.ts) and imports that file, from the cache when
 * this guessed right.
 */
function fetchLanguage(config: ResolvedConfig, url: string): void {
  const { force, default: fallback } = config.language;
  const lang = (force || document.documentElement.lang || fallback).toLowerCase().split(/[-_]/)[0];
  // Only beside the published keks-ui.js: a `uiUrl` of another module has no such files next to it.
  if (BUILT_IN_LANGUAGES.includes(lang) && /\/keks-ui\.js([?#]|$)/.test(url))
    import(/* @vite-ignore */ new URL(`keks-ui-${lang}.js`, url).href).catch(() => {});
}

export function loadUi(api: KeksApi): Promise<UiController> {
  const url = api.getConfig()!.uiUrl!;
  if (!ui) fetchLanguage(api.getConfig()!, url);
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

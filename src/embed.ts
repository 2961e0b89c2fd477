/**
 * Script-tag entry (`dist/cdn/keks.js`, a classic synchronous script for `<head>`):
 * exposes `window.Keks` and starts it from inline JSON config when there is one,
 * `<script type="application/json" id="keks-config">` (or any such script with
 * `data-keks-config`) placed before the loader. Otherwise call `Keks.init({...})` right after.
 */
import type { KeksApi } from './api-types.js';
import type { KeksConfig } from './config.js';
import { api, loaderDefaults, refuse } from './api.js';
import { chunkBase } from './lazy/chunk-base.js';

const w = window as { Keks?: KeksApi };
// A second copy of the script tag reuses the first API: one store per page.
if (!w.Keks) {
  const me = document.currentScript as HTMLScriptElement | null;
  // keks-ui.js lives next to keks.js unless config.uiUrl says otherwise.
  // The lazy chunks (keks-write.js, …) and keks-ui.js live next to keks.js; uiUrl can move the UI.
  chunkBase.href = (me && me.src) || location.href;
  loaderDefaults.uiUrl = new URL('keks-ui.js', chunkBase.href).href;
  // CSP: released scripts get the loader's own nonce. The property, since browsers hide the attribute.
  loaderDefaults.nonce = (me && me.nonce) || undefined;
  w.Keks = api;
}
const json = document.querySelector(
  'script#keks-config[type="application/json"],script[type="application/json"][data-keks-config]',
);
if (json) {
  let config: unknown;
  try {
    config = JSON.parse(json.textContent || '{}');
  } catch (e) {
    // The browser's message carries the position ("… at position 42 (line 3 column 5)").
    refuse(undefined, [
      `the config in ${json.id ? '#' + json.id : 'script[data-keks-config]'} is not valid JSON: ${(e as Error).message}`,
    ]);
  }
  try {
    if (config !== undefined) w.Keks.init(config as KeksConfig);
  } catch (e) {
    // Never throw out of a script tag: report, and keep every category denied (nothing is released).
    console.error(e);
  }
}

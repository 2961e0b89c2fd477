/**
 * Script-tag entry (`dist/cdn/keks.js`, a classic synchronous script for `<head>`):
 * exposes `window.Keks` and starts it from inline JSON config when there is one,
 * `<script type="application/json" id="keks-config">` (or any such script with
 * `data-keks-config`) placed before the loader. Otherwise call `Keks.init({...})` right after.
 */
import type { KeksApi } from './api-types.js';
import { api, loaderDefaults } from './api.js';

const w = window as { Keks?: KeksApi };
// A second copy of the script tag reuses the first API: one store per page.
if (!w.Keks) {
  const me = document.currentScript as HTMLScriptElement | null;
  // keks-ui.js lives next to keks.js unless config.uiUrl says otherwise.
  loaderDefaults.uiUrl = new URL('keks-ui.js', (me && me.src) || location.href).href;
  // CSP: released scripts get the loader's own nonce. The property, since browsers hide the attribute.
  loaderDefaults.nonce = (me && me.nonce) || undefined;
  w.Keks = api;
}
const json = document.querySelector(
  'script#keks-config[type="application/json"],script[type="application/json"][data-keks-config]',
);
if (json) {
  try {
    w.Keks.init(JSON.parse(json.textContent || '{}'));
  } catch (e) {
    // Never throw out of a script tag: report, and keep every category denied (nothing is released).
    console.error(e);
  }
}

/**
 * Script-tag variant of `labels.ts` (aliased in rollup.config.mjs): each language's words are an ES module
 * `keks-fab-<lang>.js` next to this chunk (`keks-fab-<lang>.dev.js` next to `keks-fab.dev.js`), imported
 * by URL, so the stand-in chunk carries no table of them.
 */
import { BUILT_IN_LANGUAGES } from '../i18n/built-in.js';

/** Tags that have words for the stand-in: every built-in language. */
export const labelLanguages = BUILT_IN_LANGUAGES;

/** The name, then the titles of necessary, preferences, analytics, marketing. */
export const importLabel = (lang: string): Promise<{ default: string[] }> =>
  import(/* @vite-ignore */ import.meta.url.replace(/keks-fab(?=[^/]*$)/, 'keks-fab-' + lang));

/**
 * Script-tag variant of `labels.ts` (aliased in rollup.config.mjs): each language's words are an ES module
 * `keks-fab-<lang>.js` next to this chunk (`keks-fab-<lang>.dev.js` next to `keks-fab.dev.js`), imported
 * by URL, so the stand-in chunk carries no table of them.
 */

/** Tags that have words for the stand-in (a unit test keeps this equal to the built-in locales). */
export const labelLanguages: readonly string[] =
  'ar bg cs da de el en es et fi fr ga he hr hu is it ja lt lv mt nb nl pl pt ro ru sk sl sv tr uk zh'.split(' ');

/** The name, then the titles of necessary, preferences, analytics, marketing. */
export const importLabel = (lang: string): Promise<{ default: string[] }> =>
  import(/* @vite-ignore */ import.meta.url.replace(/keks-fab(?=[^/]*$)/, 'keks-fab-' + lang));

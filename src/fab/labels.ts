/**
 * The stand-in's words in each built-in language, one tiny chunk per language (npm build: the app's
 * bundler splits them off). The script-tag build swaps this file for `labels-cdn.ts` (rollup.config.mjs).
 */
type Label = () => Promise<{ default: string[] }>;

const LABELS: Readonly<Record<string, Label>> = {
  ar: () => import('./labels/ar.js'),
  bg: () => import('./labels/bg.js'),
  cs: () => import('./labels/cs.js'),
  da: () => import('./labels/da.js'),
  de: () => import('./labels/de.js'),
  el: () => import('./labels/el.js'),
  en: () => import('./labels/en.js'),
  es: () => import('./labels/es.js'),
  et: () => import('./labels/et.js'),
  fi: () => import('./labels/fi.js'),
  fr: () => import('./labels/fr.js'),
  ga: () => import('./labels/ga.js'),
  he: () => import('./labels/he.js'),
  hr: () => import('./labels/hr.js'),
  hu: () => import('./labels/hu.js'),
  is: () => import('./labels/is.js'),
  it: () => import('./labels/it.js'),
  ja: () => import('./labels/ja.js'),
  lt: () => import('./labels/lt.js'),
  lv: () => import('./labels/lv.js'),
  mt: () => import('./labels/mt.js'),
  nb: () => import('./labels/nb.js'),
  nl: () => import('./labels/nl.js'),
  pl: () => import('./labels/pl.js'),
  pt: () => import('./labels/pt.js'),
  ro: () => import('./labels/ro.js'),
  ru: () => import('./labels/ru.js'),
  sk: () => import('./labels/sk.js'),
  sl: () => import('./labels/sl.js'),
  sv: () => import('./labels/sv.js'),
  tr: () => import('./labels/tr.js'),
  uk: () => import('./labels/uk.js'),
  zh: () => import('./labels/zh.js'),
};

/** Tags that have words for the stand-in. */
export const labelLanguages: readonly string[] = Object.keys(LABELS);

/** The name, then the titles of necessary, preferences, analytics, marketing. */
export const importLabel = (lang: string): Promise<{ default: string[] }> => LABELS[lang]();

/**
 * Loads one language's strings table and applies the site owner's overrides.
 * Only `src/ui/` imports this file: every locale is a separate chunk, fetched
 * when the UI needs it, so the loader never carries any text.
 */
import { DEV } from '../dev.js';
import { resolveLanguage } from './resolve-language.js';
import type { Strings } from './strings.js';

type Locale = () => Promise<{ default: Strings }>;

// One explicit `import()` per file so bundlers emit one chunk per locale: the 24
// official EU languages, then uk, ru, tr, ar, he, ja, zh, nb, is.
const LOCALES: Readonly<Record<string, Locale>> = {
  bg: () => import('./locales/bg.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  en: () => import('./locales/en.js'),
  es: () => import('./locales/es.js'),
  et: () => import('./locales/et.js'),
  fi: () => import('./locales/fi.js'),
  fr: () => import('./locales/fr.js'),
  ga: () => import('./locales/ga.js'),
  hr: () => import('./locales/hr.js'),
  hu: () => import('./locales/hu.js'),
  it: () => import('./locales/it.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  mt: () => import('./locales/mt.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ro: () => import('./locales/ro.js'),
  sk: () => import('./locales/sk.js'),
  sl: () => import('./locales/sl.js'),
  sv: () => import('./locales/sv.js'),
  uk: () => import('./locales/uk.js'),
  ru: () => import('./locales/ru.js'),
  tr: () => import('./locales/tr.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
  ja: () => import('./locales/ja.js'),
  zh: () => import('./locales/zh.js'),
  nb: () => import('./locales/nb.js'),
  is: () => import('./locales/is.js'),
};

/** Tags of the built-in translations. */
export const availableLanguages: readonly string[] = Object.keys(LOCALES);

type Table = { [key: string]: string | Table };

/**
 * Copies `layer` onto `into`, key by key, following the shape of `into`.
 * Keys `into` lacks and values of the wrong type are ignored (with a DEV warning),
 * so a typo in config never breaks the UI.
 */
function overlay(into: Table, layer: unknown, path: string): void {
  if (!layer || typeof layer != 'object') {
    if (DEV) console.warn(`keks: ${path} should be an object of strings; ignored.`);
    return;
  }
  for (const [key, value] of Object.entries(layer)) {
    const current = Object.prototype.hasOwnProperty.call(into, key) ? into[key] : undefined;
    const where = `${path}.${key}`;
    if (current === undefined || key == 'lang') {
      if (DEV)
        console.warn(
          key == 'lang'
            ? `keks: ${where} is ignored: the language tag comes from the key of language.strings.`
            : `keks: ${where} is not a known string; ignored. See README "Languages" for the keys.`,
        );
    } else if (typeof current == 'object') {
      overlay(current, value, where);
    } else if (typeof value != 'string' || (key == 'dir' && value != 'ltr' && value != 'rtl')) {
      if (DEV) console.warn(`keks: ${where} must be ${key == 'dir' ? '"ltr" or "rtl"' : 'a string'}; ignored.`);
    } else {
      into[key] = value;
    }
  }
}

/**
 * Number of strings in a complete table (every leaf of `Strings`, `lang` and `dir`
 * included); a unit test
 * keeps it equal to the English table. Lets a table be checked without shipping
 * English with every other language (first-visit budget).
 */
export const STRING_COUNT = 64;

/** Counts the non-empty strings of a table. */
function countStrings(table: Table): number {
  let n = 0;
  for (const v of Object.values(table)) n += typeof v == 'object' ? countStrings(v) : v ? 1 : 0;
  return n;
}

/** Fills the missing and empty strings of `into` from `from`, key by key. */
function fillGaps(into: Table, from: Table): void {
  for (const key in from) {
    const v = into[key];
    const f = from[key];
    if (typeof f == 'object') fillGaps(typeof v == 'object' ? v : (into[key] = {}), f);
    else if (typeof v != 'string' || !v) into[key] = f;
  }
}

/** Overrides for `tag` from a map keyed by language tag, matched case-insensitively. */
function overridesFor(
  overrides: Record<string, unknown> | null | undefined,
  tag: string,
): [string, unknown] | undefined {
  return Object.entries(overrides || {}).find(([k]) => k.toLowerCase() == tag);
}

/**
 * The strings table for `lang`. Layers, each filling only the keys it has:
 * built-in English ← built-in `lang` (exact tag, else base language) ← the
 * overrides for that built-in ← `overrides[base]` ← `overrides[exact tag]`.
 * English is fetched only when it is the language itself or a built-in table
 * lacks a string, so a first visit in another language loads one locale chunk.
 *
 * @param lang A tag, usually from {@link resolveLanguage}.
 * @param overrides The site owner's `language.strings`: language tag → partial strings table.
 */
export async function loadStrings(lang: string, overrides?: Record<string, unknown> | null): Promise<Strings> {
  const tag = lang.trim().replace(/_/g, '-').toLowerCase();
  const base = tag.split('-')[0];
  let builtIn = resolveLanguage({ force: tag, default: 'en', available: availableLanguages });
  // A deep copy, so overrides never leak into the shared module object.
  // A locale chunk that cannot load (404, network, CORS) leaves the visitor with English, never without a banner.
  const locale = await LOCALES[builtIn]().catch((e: unknown) => {
    if (builtIn == 'en') throw e;
    console.error(`Keks: could not load the "${builtIn}" strings (${e}); showing English instead.`);
    builtIn = 'en';
    return LOCALES.en();
  });
  const table = JSON.parse(JSON.stringify(locale.default)) as Table;
  if (builtIn != 'en' && countStrings(table) < STRING_COUNT)
    fillGaps(table, (await LOCALES.en()).default as unknown as Table);
  // The built-in's own overrides first (so English overrides also reach a page
  // that fell back to English), then the page's base language, then its exact tag.
  let own = builtIn.toLowerCase().split('-')[0] == base;
  for (const key of new Set([builtIn.toLowerCase(), base, tag])) {
    const layer = overridesFor(overrides, key);
    if (!layer) continue;
    overlay(table, layer[1], `language.strings.${layer[0]}`);
    if (key == base || key == tag) own = true;
  }
  // The tag the text is really in, for the `lang` attribute (WCAG 3.1.2): the
  // requested tag when we have text for it (`pt-BR` keeps its region), else the
  // built-in we fell back to (`nn` → `nb`, unknown → `en`).
  table.lang = own ? lang : builtIn;
  return table as unknown as Strings;
}

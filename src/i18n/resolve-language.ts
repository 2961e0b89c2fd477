/**
 * Picks the UI language. Pure and tiny: the loader may call it
 * without pulling in a locale or the UI.
 */

/** Tags that name a language we ship under another tag. */
const ALIASES: Readonly<Record<string, string>> = {
  // Norwegian: macro-language and Nynorsk readers are served Bokmål.
  no: 'nb',
  nn: 'nb',
  // Legacy ISO 639 code still sent by old Java/Android stacks.
  iw: 'he',
};

/** Options of {@link resolveLanguage}. */
export interface ResolveLanguageOptions {
  /** `<html lang>`, e.g. `document.documentElement.lang`. */
  htmlLang?: string | null;
  /** A language that wins over `<html lang>` (config `language.force` or `setLanguage`). */
  force?: string;
  /** The configured default, tried when neither of the above has a translation. */
  default: string;
  /** Tags that have a translation, e.g. `availableLanguages` plus the site's own override languages. */
  available: readonly string[];
}

/**
 * The language to show, spelled as in `available`.
 * Each candidate in turn (force, `<html lang>`, the default) is tried as the exact
 * tag (case-insensitive, `pt-BR`), then its base language (`cs-CZ` → `cs`,
 * `zh-Hant-TW` → `zh`, `nn` → `nb`); `en` is the last resort.
 */
export function resolveLanguage(opts: ResolveLanguageOptions): string {
  const byLower = new Map(opts.available.map((tag) => [tag.toLowerCase(), tag]));
  for (const candidate of [opts.force, opts.htmlLang, opts.default]) {
    // `cs_CZ` (POSIX spelling) is common in CMS templates.
    const tag = (candidate || '').trim().replace(/_/g, '-').toLowerCase();
    if (!tag) continue;
    const base = tag.split('-')[0];
    for (const t of [tag, ALIASES[tag], base, ALIASES[base]]) {
      const hit = t && byLower.get(t);
      if (hit) return hit;
    }
  }
  return byLower.get('en') ?? 'en';
}

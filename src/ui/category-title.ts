import type { ResolvedConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { anyText, localized } from '../localized-text.js';

type BuiltIn = keyof Strings['categories'];

/** A category's title and description: the site's own text in this language, else the built-in one, else any. */
export function categoryText(
  config: ResolvedConfig,
  strings: Strings,
  id: string,
): { title: string; description: string } {
  const own = config.categories[id] ?? {};
  const builtIn = strings.categories[id as BuiltIn] as Strings['categories'][BuiltIn] | undefined;
  return {
    title: localized(own.title, strings.lang) ?? builtIn?.title ?? (anyText(own.title) || id),
    description: localized(own.description, strings.lang) ?? builtIn?.description ?? anyText(own.description),
  };
}

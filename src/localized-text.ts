import type { LocalizedText } from './config.js';

/**
 * Config text in the UI language: a plain string as is; from a map, the exact tag,
 * then the base language (`cs-CZ` → `cs`), then `fallback`.
 */
export function localized(text: LocalizedText | undefined, lang: string, fallback?: string): string | undefined {
  if (text == null || typeof text == 'string') return text ?? fallback;
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((k) => k.toLowerCase() == tag);
  const key = find(lang.toLowerCase()) ?? find(lang.toLowerCase().split('-')[0]);
  return key ? text[key] : fallback;
}

/** Any translation of `text`: English, else the first one. For site-specific text a locale cannot know. */
export function anyText(text: LocalizedText | undefined): string {
  return localized(text, 'en') ?? Object.values(text ?? {})[0] ?? '';
}

/**
 * Renders translation and config text as text. The only markup understood is a
 * plain link, `<a href="…">text</a>`, in the strings marked "links allowed"
 * (`src/i18n/strings.ts`); its URL must be http(s), mailto or relative. Anything
 * else, including other tags, attributes and `javascript:` URLs, stays literal text,
 * and Lit escapes it.
 */
import { html, type TemplateResult } from 'lit/html.js';

const LINK = /<a\s+href\s*=\s*"([^"<>]*)"\s*>([^<]*)<\/a>/gi;

/**
 * The URL when it is safe to link to, else null. Browsers ignore tabs, newlines and
 * leading control characters in a scheme (`java\tscript:`), so they are removed
 * before the scheme is read.
 */
export function safeUrl(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][\w+.-]*):/i.exec(url.replace(/[\x00-\x20\x7f]/g, ''));
  return !scheme || /^(https?|mailto)$/i.test(scheme[1]) ? url.trim() : null;
}

/** Text with its allowed links turned into anchors; everything else rendered as text. */
export function safeText(text: string): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const url = safeUrl(m[1].replace(/&amp;/g, '&'));
    out.push(text.slice(last, m.index), url == null ? m[2] : html`<a href=${url}>${m[2]}</a>`);
    last = m.index! + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

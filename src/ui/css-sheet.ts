/**
 * Stylesheets without LitElement: `css` only joins a template (it exists so editors and
 * Prettier treat the text as CSS), and `sheet` makes a constructable stylesheet. Lit
 * elements accept these sheets in `static styles` too.
 */

/** The template as plain CSS text; interpolations are other CSS strings. */
export const css = (strings: TemplateStringsArray, ...values: string[]): string => String.raw(strings, ...values);

/** A constructable stylesheet, adopted by shadow roots (no `<style>` element, so `style-src 'self'` is enough). */
export function sheet(text: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

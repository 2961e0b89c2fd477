/**
 * The placeholder takes the place of the held embed, so it copies its size:
 * `width`/`height` attributes, else a 16:9 box. Returned as CSS text for a
 * per-element constructed stylesheet, because a `style` attribute would break
 * under `style-src 'self'` (CSP) and pages must work without `unsafe-inline`.
 */

/** A dimension attribute: a number of CSS pixels or a percentage, else undefined. */
function dimension(el: Element | null, name: string): number | string | undefined {
  const v = el?.getAttribute(name)?.trim() ?? '';
  return /^\d+(\.\d+)?$/.test(v) ? +v : /^\d+(\.\d+)?%$/.test(v) ? v : undefined;
}

/** `:host` rule sizing the placeholder like `held` (only numbers reach the CSS, never attribute text). */
export function heldSizeCss(held: Element | null): string {
  const w = dimension(held, 'width');
  const h = dimension(held, 'height');
  const px = (v: number | string) => (typeof v == 'number' ? v + 'px' : v);
  let css = w ? `width:${px(w)};` : '';
  if (typeof w == 'number' && typeof h == 'number' && w > 0 && h > 0) css += `aspect-ratio:${w} / ${h};`;
  else if (typeof h == 'number' && !w) css += `height:${h}px;aspect-ratio:auto;`;
  return `:host{${css}}`;
}

/**
 * The box of a held embed: its `width`/`height` attributes (a bare number is CSS pixels, a width may
 * be a percentage), else the placeholder's own 16:9. Shared by the gate, which reserves the box on the
 * placeholder's inline style as soon as it inserts it, and the UI, which sizes the defined element
 * through its own sheet the same way, so nothing moves in between. Written through the CSSOM, which
 * drops any value that is not valid for the property: attribute text never becomes a declaration.
 *
 * A narrow box is too short for the placeholder's text (a 16:9 box 300 px wide is 169 px tall; the
 * text needs 220 to 420 px there, by language). Neither side can measure text the gate does not have,
 * so both reserve the same floor, falling as the box widens: `41.5rem − 0.66 ×` its width, as a top
 * padding, whose percentages are of the width (the gate's: of the containing block, capped by the width
 * attribute; the UI's: of the box itself). From a 264 px box up it fits every built-in language for
 * a service with a provider and two countries, with about half a line to spare for wider fonts (an e2e
 * test measures every language, so a longer translation fails there); a 16:9 box wider than about
 * 540 px is taller than the floor, so there the ratio decides. The gate pads the empty element itself
 * (with `border-box`, so the padding only sets a minimum); the UI (`floor` given) pads a pseudo-element
 * in the content's grid cell, so longer text still grows the box.
 */
export function sizeLike(held: Element | null, box: CSSStyleDeclaration, floor?: CSSStyleDeclaration): void {
  const w = held?.getAttribute('width')?.trim() || '';
  const h = held?.getAttribute('height')?.trim() || '';
  // A zero width is no width (the height or the ratio decides); a percentage stays one.
  box.width = +w ? w + 'px' : /^[\d.]+%$/.test(w) ? w : '';
  // Only a height: that many pixels, at the least.
  const tall = +h && !box.width;
  if (+w && +h) box.aspectRatio = w + '/' + h;
  else if (tall) box.aspectRatio = 'auto';
  const width = floor ? '100%' : `min(${box.width || '100%'},100%)`;
  (floor || box).paddingTop = `max(${tall ? h : 0}px,calc(41.5rem - .66*${width}))`;
}

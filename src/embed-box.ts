/**
 * The box of a held embed: its `width`/`height` attributes (a bare number is CSS pixels, a width may
 * be a percentage), else the placeholder's own 16:9. Shared by the gate, which reserves the box on the
 * placeholder's inline style as soon as it inserts it, and the UI, which sizes the defined element
 * through its own sheet the same way, so nothing moves in between. Written through the CSSOM, which
 * drops any value that is not valid for the property: attribute text never becomes a declaration.
 */
export function sizeLike(held: Element | null, s: CSSStyleDeclaration): void {
  const w = held?.getAttribute('width')?.trim() || '';
  const h = held?.getAttribute('height')?.trim() || '';
  // A zero width is no width (the height or the ratio decides); a percentage stays one.
  s.width = +w ? w + 'px' : /^[\d.]+%$/.test(w) ? w : '';
  if (+w && +h) s.aspectRatio = w + '/' + h;
  else if (+h && !s.width) {
    s.height = h + 'px';
    s.aspectRatio = 'auto';
  }
}

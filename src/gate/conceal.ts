/**
 * Hiding what the gate hides (a held embed, a `!category` fallback while its category is granted) so that
 * page CSS cannot show it: `hidden` alone loses to any `display` the page gives the element (CSS resets
 * often make embeds and images blocks). An inline `display: none !important` wins; it is set through the
 * CSSOM, which `style-src 'self'` allows, and the element's own inline `display` comes back when shown.
 */

/** Per concealed element: its own inline `display` (value, priority). */
const own = new WeakMap<HTMLElement, [string, string]>();

/**
 * Hide `el` (`hide`) or show what this hid again. Only a change acts: an element this never hid keeps its
 * own `hidden` and `display`, and repeated calls either way change nothing.
 */
export function conceal(el: HTMLElement, hide: boolean): void {
  const s = el.style;
  if (hide == own.has(el)) return;
  el.hidden = hide;
  if (hide) {
    own.set(el, [s.getPropertyValue('display'), s.getPropertyPriority('display')]);
    s.setProperty('display', 'none', 'important');
  } else {
    s.setProperty('display', ...own.get(el)!);
    own.delete(el);
  }
}

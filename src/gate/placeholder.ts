/**
 * Placeholders, gate side. A held `<iframe>`, `<video>` or `<embed>`
 * of a known service gets a `<keks-placeholder service="id">` right before it and is hidden
 * while held. The element is defined by the UI chunk, which the gate asks for.
 * "Load once" reaches the gate as a bubbling `keks:load-once` event on the held element:
 * that element alone is released and no consent is recorded.
 *
 * The placeholder takes the held element's box from the first frame on, before the UI arrives
 * (an inline style set through the CSSOM, which `style-src 'self'` allows), so nothing below it
 * moves when the UI fills it in (CLS 0, Core Web Vitals). The UI then sizes it the same way.
 */
import { sizeLike } from '../embed-box.js';
import { conceal } from './conceal.js';

/** Per held element: its placeholder. */
const placed = new WeakMap<Element, Element>();

/** Tags that get a placeholder: embeds a visitor would otherwise see as a hole in the page. */
export const EMBED = /^(IFRAME|VIDEO|EMBED)$/;

/** Put a placeholder before `el` (once) and hide `el`. Skipped for detached or already hidden elements. */
export function placehold(
  el: HTMLElement,
  service: string,
  loadOnce: (el: HTMLElement) => void,
  loadUi: () => void,
): void {
  if (placed.has(el) || el.hidden || !el.parentNode) return;
  const p = document.createElement('keks-placeholder');
  p.setAttribute('service', service);
  p.style.cssText = 'display:block;max-width:100%;aspect-ratio:16/9;box-sizing:border-box';
  sizeLike(el, p.style);
  el.before(p);
  placed.set(el, p);
  // Out of sight even where page CSS gives embeds a `display`: the empty frame would show beside its placeholder.
  conceal(el, true);
  el.addEventListener('keks:load-once', () => loadOnce(el), { once: true });
  loadUi();
}

/** Remove the placeholder of `el`, if it has one, and show `el` again. */
export function unplace(el: Element): void {
  const p = placed.get(el);
  if (p) {
    p.remove();
    conceal(el as HTMLElement, false);
    placed.delete(el);
  }
}

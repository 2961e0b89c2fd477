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

/** Per held element: its placeholder, and its own inline `display` (value, priority) to give back. */
const placed = new WeakMap<Element, [Element, string, string]>();

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
  p.style.cssText = 'display:block;max-width:100%;aspect-ratio:16/9';
  sizeLike(el, p.style);
  el.before(p);
  const s = el.style;
  placed.set(el, [p, s.getPropertyValue('display'), s.getPropertyPriority('display')]);
  el.hidden = true;
  // `hidden` alone loses to page CSS that gives embeds a `display` (CSS resets often do): the empty frame
  // would show beside its placeholder. An inline !important one wins; set through the CSSOM (CSP allows it).
  s.setProperty('display', 'none', 'important');
  el.addEventListener('keks:load-once', () => loadOnce(el), { once: true });
  loadUi();
}

/** Remove the placeholder of `el`, if it has one, and show `el` again. */
export function unplace(el: Element): void {
  const held = placed.get(el);
  if (held) {
    held[0].remove();
    (el as HTMLElement).hidden = false;
    (el as HTMLElement).style.setProperty('display', held[1], held[2]);
    placed.delete(el);
  }
}

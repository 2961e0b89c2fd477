/**
 * A short description of an element for assertion messages. chai's own formatting of DOM
 * elements with Lit internals can stall the browser when an assertion fails, so tests compare
 * elements with `===` and put this in the message instead.
 */
export function describeElement(el: Element | null | undefined): string {
  if (!el) return 'nothing';
  return `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> ${el.textContent?.trim().slice(0, 40) ?? ''}`;
}

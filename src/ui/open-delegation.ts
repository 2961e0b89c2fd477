/**
 * Any element marked `data-keks-open` opens the preferences (GDPR Art. 7(3)), including
 * elements added later: one delegated listener on `document`, none per element.
 */

const isNativelyActivated = (el: Element) => /^(A|BUTTON|INPUT|SUMMARY)$/.test(el.tagName);

/** Calls `open(element)` when a `[data-keks-open]` element is activated. Returns a function that stops listening. */
export function delegateOpen(open: (opener: HTMLElement) => void): () => void {
  const handler = (e: Event) => {
    // composedPath: a marked element inside an open shadow root (a placeholder) counts too.
    const el = e
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-keks-open'));
    if (!el) return;
    if (e.type == 'keydown') {
      // Links and buttons already fire `click` on Enter/Space; other marked elements get both keys (WCAG 2.1.1, 2.4.7).
      const key = (e as KeyboardEvent).key;
      if (isNativelyActivated(el) || (key != 'Enter' && key != ' ')) return;
    }
    e.preventDefault();
    open(el);
  };
  document.addEventListener('click', handler);
  document.addEventListener('keydown', handler);
  return () => {
    document.removeEventListener('click', handler);
    document.removeEventListener('keydown', handler);
  };
}

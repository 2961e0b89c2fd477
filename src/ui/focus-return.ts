/**
 * Where focus goes when a Keks surface closes (never lost to `<body>`).
 */

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el != document.body ? el : null;
}

const TABBABLE = 'a[href],button,input,select,textarea,[tabindex]';

/**
 * Focuses the first candidate that takes focus. When none does (the opener was
 * removed or hidden), focuses the first tabbable element of the page: where Tab
 * would have gone next from the banner, which is the first element of `<body>`.
 */
export function focusBack(...candidates: Array<HTMLElement | null | undefined>): void {
  const page = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length,
  );
  for (const el of [...candidates, ...page]) {
    if (!el?.isConnected) continue;
    el.focus();
    // `:focus` also matches a shadow host whose inner control took the focus (delegatesFocus).
    if (el.matches(':focus')) return;
  }
}

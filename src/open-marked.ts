/**
 * Any element marked `data-keks-open` (a footer link "Cookie settings") opens the preferences
 * on every page, including for a returning visitor whose page has not loaded the UI. One delegated
 * listener on `document`, so elements added later count too. Once the UI has mounted it listens
 * itself (ui/open-delegation.ts, which also sees into shadow roots), so this one steps aside; not
 * before: a click while the UI chunk still downloads would be lost (the UI ignores a second
 * `showPreferences` while open, so the moment of overlap is harmless).
 */
export function openMarked(open: (el: HTMLElement) => void, uiListens: () => boolean): void {
  const handler = (e: Event): void => {
    const el = !uiListens() && (e.target as Element | null)?.closest?.<HTMLElement>('[data-keks-open]');
    // Links and buttons fire `click` on Enter and Space already; other marked elements get both keys (WCAG 2.1.1, 2.4.7).
    if (
      !el ||
      (e.type == 'keydown' &&
        (/^(A|BUTTON|INPUT|SUMMARY)$/.test(el.tagName) || !/^(Enter| )$/.test((e as KeyboardEvent).key)))
    )
      return;
    e.preventDefault();
    open(el);
  };
  document.addEventListener('click', handler);
  document.addEventListener('keydown', handler);
}

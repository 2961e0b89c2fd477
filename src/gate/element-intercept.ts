/**
 * Automatic blocking of elements that other scripts create: the Google Tag
 * Manager / Meta Pixel snippet (`createElement('script')`, `src = …`, `insertBefore`), bundles,
 * pixels (`new Image().src = …`). A MutationObserver is too late for these: an image starts
 * loading when `src` is set, a script when it is inserted. So the URL setters themselves are
 * intercepted, on four prototypes only: `src` of script, iframe and img, `srcset` of
 * img, `href` of link, and `setAttribute` for the same names. Every other URL, attribute and
 * element goes straight to the browser's own code; getters are untouched.
 */

/** `hold(el, attr, value)` returns true when it took the value over, false to let the browser set it. */
export type Hold = (el: HTMLElement, attr: string, value: unknown) => boolean;

export function interceptElements(hold: Hold): void {
  const targets: [{ prototype: Element }, string[]][] = [
    [HTMLScriptElement, ['src']],
    [HTMLIFrameElement, ['src']],
    [HTMLImageElement, ['src', 'srcset']],
    [HTMLLinkElement, ['href']],
  ];
  for (const [{ prototype: p }, attrs] of targets) {
    for (const a of attrs) {
      const d = Object.getOwnPropertyDescriptor(p, a)!;
      Object.defineProperty(p, a, {
        ...d,
        set(this: HTMLElement, v: unknown) {
          if (!hold(this, a, v)) d.set!.call(this, v);
        },
      });
    }
    const set = p.setAttribute;
    p.setAttribute = function (this: HTMLElement, name: string, v: string): void {
      const a = String(name).toLowerCase();
      if (!(attrs.includes(a) && hold(this, a, v))) set.call(this, name, v);
    };
  }
}

/**
 * Trackers in HTML strings: `innerHTML`, `outerHTML`, `insertAdjacentHTML`, `setHTMLUnsafe`,
 * `Range.createContextualFragment`, `document.write`, and `iframe.srcdoc`. The parser sets
 * attributes without any setter, and in Chromium a written `<script>` is fetched and run before any
 * MutationObserver callback (measured: test/e2e/gating/behaviour.e2e.ts), and an `<img>` parsed
 * from `innerHTML` starts loading in a race with it (even on a detached element, which no observer
 * sees). So while any host is held, a string that holds markup is parsed once by the browser's own
 * parser in an inert `<template>` (which loads nothing). That resolves every spelling the browser
 * would (character references, percent-escapes, whitespace, Unicode full stops, fullwidth letters),
 * so no text pattern can be dodged. When it holds no tracker URL the browser gets the original string,
 * byte for byte; otherwise its tracker URLs are moved to `data-*` and the template's serialisation goes
 * to the browser's own method. The serialiser writes the text of `<script>`, `<style>`, `<textarea>` and
 * foreign (SVG, MathML) content so that it parses back to the same text. Anything that is not a string
 * (Trusted Types objects) is passed on as it is.
 */

/** Holds tracker URLs inside `root`; `scripts` only where parsed scripts would run. Returns whether any. */
export type HoldIn = (root: DocumentFragment, scripts: boolean) => boolean;

export function interceptHtml(active: () => boolean, holdIn: HoldIn): void {
  const E = Element.prototype;
  const inner = Object.getOwnPropertyDescriptor(E, 'innerHTML')!;
  const fix = (html: unknown, scripts = false): unknown => {
    if (typeof html != 'string' || !active() || !html.includes('<')) return html;
    const tpl = document.createElement('template');
    inner.set!.call(tpl, html);
    return holdIn(tpl.content, scripts) ? inner.get!.call(tpl) : html;
  };
  const setter = (p: object | undefined, k: string, scripts?: boolean): void => {
    const d = p && Object.getOwnPropertyDescriptor(p, k);
    if (d?.set)
      Object.defineProperty(p, k, {
        ...d,
        set(this: Element, v: unknown) {
          d.set!.call(this, fix(v, scripts));
        },
      });
  };
  const method = (p: object | undefined, k: string, at: number, scripts?: boolean): void => {
    const f = p && (p as Record<string, unknown>)[k];
    if (typeof f == 'function')
      (p as Record<string, unknown>)[k] = function (this: unknown, ...a: unknown[]) {
        a[at] = fix(a[at], scripts);
        return f.apply(this, a);
      };
  };
  const S = ShadowRoot.prototype;
  setter(E, 'innerHTML');
  setter(S, 'innerHTML');
  setter(E, 'outerHTML');
  // The framed document runs its scripts: hold them too (they stay held there; see README Limits).
  setter(HTMLIFrameElement.prototype, 'srcdoc', true);
  method(E, 'insertAdjacentHTML', 1);
  method(E, 'setHTMLUnsafe', 0);
  method(S, 'setHTMLUnsafe', 0);
  // Scripts of a contextual fragment run once it is inserted.
  method(Range.prototype, 'createContextualFragment', 0, true);
  const D = Document.prototype;
  for (const k of ['write', 'writeln'] as const) {
    const write = D[k];
    // Joined first: a tag may be split across arguments.
    D[k] = function (this: Document, ...a: string[]) {
      write.apply(this, a.every((s) => typeof s == 'string') ? [fix(a.join(''), true) as string] : a);
    };
  }
}

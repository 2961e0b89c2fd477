/**
 * Trackers in HTML strings: `innerHTML`, `insertAdjacentHTML` and
 * `document.write` before load. The parser sets attributes without any setter, and in
 * Chromium a written `<script>` is fetched and run before any MutationObserver callback
 * (measured: test/e2e/gating/behaviour.e2e.ts), and an `<img>` parsed from `innerHTML` starts
 * loading in a race with it (even on a detached element, which no observer sees). So a string
 * that mentions a held host is parsed once in an inert `<template>` (which loads nothing),
 * its tracker URLs are moved to `data-*`, and the rewritten HTML goes to the browser's own
 * method. A string that mentions no held host is passed through untouched and unparsed, and
 * so is anything that is not a string (Trusted Types objects).
 */

/** Rewrites held URLs inside `root`; `scripts` only for `document.write`, since only written scripts run. */
export type HoldIn = (root: DocumentFragment, scripts: boolean) => void;

export function interceptHtml(mentions: (html: string) => boolean, holdIn: HoldIn): void {
  const E = Element.prototype;
  const inner = Object.getOwnPropertyDescriptor(E, 'innerHTML')!;
  const fix = (html: unknown, scripts = false): unknown => {
    if (typeof html != 'string' || !mentions(html)) return html;
    const tpl = document.createElement('template');
    inner.set!.call(tpl, html);
    holdIn(tpl.content, scripts);
    return inner.get!.call(tpl);
  };
  for (const p of [E, ShadowRoot.prototype]) {
    const d = Object.getOwnPropertyDescriptor(p, 'innerHTML')!;
    Object.defineProperty(p, 'innerHTML', {
      ...d,
      set(this: Element, v: unknown) {
        d.set!.call(this, fix(v));
      },
    });
  }
  const adjacent = E.insertAdjacentHTML;
  E.insertAdjacentHTML = function (this: Element, where: InsertPosition, html: string) {
    adjacent.call(this, where, fix(html) as string);
  };
  const doc = document;
  for (const k of ['write', 'writeln'] as const) {
    const write = doc[k];
    // Joined first: a tag may be split across arguments.
    doc[k] = function (this: Document, ...a: string[]) {
      write.apply(this, a.every((s) => typeof s == 'string') ? [fix(a.join(''), true) as string] : a);
    };
  }
}

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

/**
 * Where a tag that `s` leaves open starts (the parser waits for the rest of it from the next write), or -1:
 * a `<` that starts a tag, not yet closed by a `>` outside a quoted attribute value.
 */
export function openTag(s: string): number {
  let at = -1;
  let q = '';
  let eq = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (at < 0) {
      if (c == '<' && /^[a-z/!?]?$/i.test(s.charAt(i + 1))) at = i;
    } else if (q) {
      if (c == q) q = '';
    } else if (c == '>') at = -1;
    else if (eq && (c == '"' || c == "'")) q = c;
    // A quote opens a value only after `=` (and spaces): elsewhere it is part of a name.
    eq = at >= 0 && !q && (c == '=' || (eq && /\s/.test(c)));
  }
  return at;
}

/** Returns the installer for one realm (the page, or a same-origin frame: frames.ts). */
export function interceptHtml(active: () => boolean, holdIn: HoldIn): (w: Window & typeof globalThis) => void {
  // The page's own parser, saved before any realm is patched: `fix` must never call a patched setter.
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const fix = (html: unknown, scripts = false): unknown => {
    if (typeof html != 'string' || !active() || !html.includes('<')) return html;
    const tpl = document.createElement('template');
    inner.set!.call(tpl, html);
    return holdIn(tpl.content, scripts) ? inner.get!.call(tpl) : html;
  };
  // Per document, the start of a tag a write left open while the document loads: the browser joins written
  // chunks in its input stream, so that tail is judged with the next write, as the parser will read it.
  const tails = new WeakMap<Document, string>();
  return (w) => {
    const E = w.Element.prototype;
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
    const S = w.ShadowRoot.prototype;
    setter(E, 'innerHTML');
    setter(S, 'innerHTML');
    setter(E, 'outerHTML');
    // The framed document runs its scripts: hold them too (released there on grant, once frames.ts patches it).
    setter(w.HTMLIFrameElement.prototype, 'srcdoc', true);
    method(E, 'insertAdjacentHTML', 1);
    method(E, 'setHTMLUnsafe', 0);
    method(S, 'setHTMLUnsafe', 0);
    // Scripts of a contextual fragment run once it is inserted.
    method(w.Range.prototype, 'createContextualFragment', 0, true);
    const D = w.Document.prototype;
    const write = D.write;
    const put = (d: Document, s: string): void => void (s && write.call(d, fix(s, true) as string));
    for (const k of ['write', 'writeln'] as const) {
      const orig = D[k];
      D[k] = function (this: Document, ...a: string[]) {
        if (!a.every((s) => typeof s == 'string')) return orig.apply(this, a);
        // Joined first: a tag may be split across arguments, or across calls while the document loads.
        const s = (tails.get(this) || '') + a.join('') + (k == 'write' ? '' : '\n');
        const i = this.readyState == 'loading' ? openTag(s) : -1;
        // Written in the first microtask after the script, before the parser reads on, as it would go on reading it.
        if (i >= 0 && !tails.get(this))
          queueMicrotask(() => {
            const t = tails.get(this);
            tails.delete(this);
            put(this, t!);
          });
        tails.set(this, i < 0 ? '' : s.slice(i));
        put(this, i < 0 ? s : s.slice(0, i));
      };
    }
  };
}

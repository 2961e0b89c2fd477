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
  // Per document while it loads, a tag that writes left open: the browser joins written chunks in its input
  // stream, so that tag is judged with the next write, as the parser will read it. `held` is not yet written;
  // `sent` was, by the flush below, while the script `by` is still running (its promise callbacks may go on).
  const open = new WeakMap<Document, { held: string; sent: string; by: Element | null }>();
  /** Text that ends the tag `t` leaves open, after the quote of a value it leaves open. */
  const close = (t: string, x = ''): string => [x + '>', x + '">', x + "'>"].find((c) => openTag(t + c) < 0) || '>';
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
    // After the first microtask the parser may read on, so what is held goes to the browser then, unless it
    // closes into a tracker (its URL would load once the markup ends the tag): that is held, closed early.
    const flush = (d: Document): void => {
      const o = open.get(d);
      if (!o?.held) return;
      const t = o.sent + o.held;
      const c = t + close(t);
      const f = fix(c, true) as string;
      if (f == c) open.set(d, { held: '', sent: t, by: d.currentScript });
      else open.delete(d);
      write.call(d, f == c ? o.held : (o.sent && close(o.sent, '^')) + f);
    };
    for (const k of ['write', 'writeln'] as const) {
      const orig = D[k];
      D[k] = function (this: Document, ...a: string[]) {
        if (!a.every((s) => typeof s == 'string')) return orig.apply(this, a);
        const o = open.get(this);
        // Once the script that wrote an open tag is done, the parser has read that tag with the markup after it.
        const sent = (o?.by && o.by == this.currentScript && o.sent) || '';
        // Joined first: a tag may be split across arguments, or across calls while the document loads.
        const s = sent + (o?.held || '') + a.join('') + (k == 'write' ? '' : '\n');
        const i = this.readyState == 'loading' ? openTag(s) : -1;
        // Still the tag the browser has open: nothing to write yet.
        const same = sent && !i;
        // The state is set first: a written script runs inside the browser's write, and may write in turn.
        open.set(
          this,
          same
            ? { held: s.slice(sent.length), sent, by: o!.by }
            : { held: i < 0 ? '' : s.slice(i), sent: '', by: null },
        );
        if (i >= 0 && !o?.held) queueMicrotask(() => flush(this));
        if (same) return;
        const f = fix(i < 0 ? s : s.slice(0, i), true) as string;
        // What the browser has of the tag stays: the rest is written, or, when the held form cannot continue
        // it, the tag is ended with its URL spoilt (`^` is not allowed in a host) and the held form follows.
        if (f) write.call(this, !sent || f.startsWith(sent) ? f.slice(sent.length) : close(sent, '^') + f);
      };
    }
  };
}

/**
 * Releasing one held element. A held `<script type="text/plain">`
 * never runs again once the parser has seen it, so it is replaced by a fresh script with the
 * same attributes, its body intact and its CSP nonce. Everything else (other elements,
 * and scripts that other scripts created, whose listeners must survive) is released in place
 * by moving `data-src`/`data-href`/`data-srcset` to the real attribute. Script text and URLs go
 * through Keks's Trusted Types policy (trusted-types.ts).
 */
import { released } from './released-scripts.js';

export { mustWait } from './released-scripts.js';
import { trusted } from './trusted-types.js';

/** The URL attributes the gate moves: `data-src` → `src` and so on. */
export const URL_ATTRS = ['src', 'href', 'srcset', 'data', 'poster', 'imagesrcset', 'ping'] as const;

/** Attributes that hold a list of URLs (with descriptors): every URL in them is judged. */
export const LIST_ATTRS = /^(srcset|imagesrcset|ping)$/;

/** The browser's own `setAttribute`, saved before the gate patches it (element-intercept.ts). */
export const native: { setAttribute?: Element['setAttribute'] } = {};

/**
 * The browser's own `setAttribute`, so releasing is never re-blocked. Read when called, not when
 * this module loads: a server-side `import('keks')` has no `Element` (SSR).
 */
export const setAttr = (el: Element, name: string, value: string): void =>
  (native.setAttribute || Element.prototype.setAttribute).call(
    el,
    name,
    el.localName == 'script' ? trusted(name, value) : value,
  );

/**
 * Release `el` and return the element that now loads (a new script, or `el` itself).
 * `listen(n)` runs before `n` starts loading, so no `load` event can be missed.
 */
export function releaseElement(el: HTMLElement, nonce: string | undefined, listen?: (n: Element) => void): Element {
  let n = el;
  // `tagName`, not `instanceof`: an element made in a same-origin frame belongs to another realm (frames.ts).
  if (el.tagName == 'SCRIPT' && (el as HTMLScriptElement).type == 'text/plain') {
    const s = (n = el.ownerDocument.createElement('script'));
    for (const a of el.attributes) if (!/^(type|data-type|nonce)$/.test(a.name)) setAttr(s, a.name, a.value);
    if (el.dataset.type) s.type = el.dataset.type;
    // A created script is async unless told; the parser's order is kept for scripts that were not.
    // (`el.async` is no help: the parser sets "force async" on every script it has seen.)
    s.async = el.hasAttribute('async');
    s.text = trusted('text', (el as HTMLScriptElement).text);
    s.nonce = nonce || el.nonce || '';
  }
  // Scripts that other scripts created (what CSP 'strict-dynamic' trusts), and `<link rel=preload as=script>`,
  // need it under a nonce CSP too. Markup never gets here without its own nonce (unsafeScript).
  else if (nonce && !n.nonce && /^(SCRIPT|LINK)$/.test(n.tagName)) n.nonce = nonce;
  listen?.(n);
  // Before it runs: it is to behave as if it had loaded with the page (released-scripts.ts).
  if (n.localName == 'script') released(n);
  // `data-keks="done"`: released once, never again.
  n.dataset.keks = 'done';
  const move = (): void => {
    for (const a of URL_ATTRS) {
      const v = n.dataset[a];
      if (v != null) {
        delete n.dataset[a];
        setAttr(n, a, v);
        // Chromium reads a preload's `imagesrcset` only when the link is inserted: insert it again.
        if (a == 'imagesrcset' && n.parentNode) n.parentNode.insertBefore(n, n.nextSibling);
      }
    }
  };
  // Chromium ignores `src` set on an iframe the parser has just inserted (a returning visitor's embed,
  // released from the observer while the document loads): the frame stays at about:blank and nothing is
  // requested. A later task, once the parser is past it, loads it. The URL waits in `data-src` meanwhile
  // (a withdrawal in between keeps it), and only while still released: exactly once, in release order.
  if (n.tagName == 'IFRAME' && document.readyState == 'loading') setTimeout(() => n.dataset.keks == 'done' && move());
  else move();
  if (n != el) el.replaceWith(n);
  // A <source> alone does not make its <video>/<audio> pick it up.
  if (n.tagName == 'SOURCE') (n.parentNode as HTMLMediaElement | null)?.load?.();
  return n;
}

/**
 * Why a held script must never be released, or nothing. Keks must not turn an HTML injection into
 * script execution (a "script gadget"): under a nonce CSP the browser runs only scripts that carry
 * the nonce, so a script from markup (the page, an HTML string, `document.write`) is released only
 * when it carries that nonce itself, as a server that renders nonces gives every script of its own.
 * `scripted`: a page script created it and set its URL (which 'strict-dynamic' would trust too).
 * `data:` and `blob:` sources are refused always: they hold code, not a tracker's address.
 */
export function unsafeScript(el: HTMLElement, nonce: string | undefined, scripted: boolean): string | undefined {
  if (el.localName != 'script') return;
  const tag = 'keks: a gated <script> ';
  for (const a of ['src', 'href']) {
    const v = el.dataset[a] ?? el.getAttribute(a);
    let p = '';
    try {
      p = v == null ? '' : new URL(v, document.baseURI).protocol;
    } catch {
      // Unparsable: the browser would not load it either.
    }
    if (p == 'data:' || p == 'blob:') return tag + `has a ${p} source, so it stays blocked. Host it and use its URL.`;
  }
  // The property: browsers hide the attribute once the element is in a document (the attribute serves DOMs without it).
  if (nonce && !scripted && (el.nonce || el.getAttribute('nonce')) != nonce)
    return (
      tag + "does not carry the page's CSP nonce, so it stays blocked (injected HTML must not run). Render nonce on it."
    );
}

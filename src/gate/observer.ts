/**
 * Later insertions: one MutationObserver, started from `<head>`,
 * sees every element the parser or a script adds to the document, to open and closed shadow
 * roots (attached through `attachShadow`, or declarative ones found on their host), and the
 * contents of cloned templates once they are inserted.
 * A `<script type="text/plain">` never runs by itself, so markup is safe before this sees it;
 * this is what releases it, or holds back trackers written without markup.
 */

/** The elements the gate manages. */
export const GATED_TAGS = 'script,iframe,img,video,audio,embed,source,link,object,input,a[ping],image,template';

/** Calls `visit` for every added element and every element inside it, in document order. */
export function observeAdditions(visit: (el: HTMLElement) => void, gone?: (el: Element) => void): void {
  const seen = new WeakSet<Node>();
  const each = (root: HTMLElement | ShadowRoot): void => {
    if (root instanceof HTMLElement) {
      visit(root);
      // Declarative shadow DOM: the parser attaches it without calling attachShadow.
      if (root.shadowRoot) watch(root.shadowRoot);
    }
    for (const el of root.querySelectorAll<HTMLElement>(GATED_TAGS)) visit(el);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      // Removed for good (not moved): the gate lets go of it, so it is neither kept alive nor released.
      if (gone)
        for (const n of r.removedNodes)
          if (n.nodeType == 1 && !n.isConnected) {
            gone(n as Element);
            for (const el of (n as Element).querySelectorAll(GATED_TAGS)) gone(el);
          }
      for (const n of r.addedNodes) if (n.nodeType == 1 && n.parentNode) each(n as HTMLElement);
    }
  });
  const watch = (root: Document | ShadowRoot): void => {
    if (seen.has(root)) return;
    seen.add(root);
    mo.observe(root, { childList: true, subtree: true });
    if (root != document) each(root as ShadowRoot);
  };
  watch(document);
  // Shadow roots are invisible to an observer of the document: watch each one as it is made.
  // The wrapper returns the browser's own root and changes nothing else.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
}

/**
 * Later insertions: one MutationObserver sees every element the parser or a script adds to the document,
 * to open and closed shadow roots (attached through `attachShadow`, or declarative ones found on their host),
 * and the contents of cloned templates once they are inserted.
 * A `<script type="text/plain">` never runs by itself, so markup is safe before this sees it;
 * this is what releases it, or holds back trackers written without markup.
 *
 * Watching the parser costs a mutation record and a DOM wrapper for every node of the page, which grows with the
 * page (about 60 ms of main thread at 4x CPU throttling on a page of 2,000 elements). Only holding trackers by
 * host needs it (a parser-inserted `<script src>` must be caught before it runs). Without that, markup waits
 * inert, so the parsed page is judged in one pass once the parser is done (`readystatechange` to
 * `interactive`: before deferred scripts and `DOMContentLoaded`), and the observer starts then.
 */
/** The elements the gate manages. */
export const GATED_TAGS = 'script,iframe,img,video,audio,embed,source,link,object,input,a[ping],image,template';

/**
 * Calls `visit` for every added element and every element inside it that matches `selector`, in document
 * order (`gone` for removed ones likewise). With `parsing` false, a document still loading is judged in one
 * pass when its parser is done (see above). Returns the function that watches one more realm's document (a
 * same-origin frame's: frames.ts) the same way.
 */
export function observeAdditions(
  visit: (el: HTMLElement) => void,
  gone?: (el: Element) => void,
  selector = GATED_TAGS,
  parsing = true,
): (w: Window & typeof globalThis) => void {
  // Documents and shadow roots watched.
  const seen = new WeakSet<Node>();
  // Documents whose realm is patched (a frame's window stays the same object when it gets a new document).
  const realms = new WeakSet<Document>();
  const each = (root: HTMLElement | ShadowRoot): void => {
    // Not `instanceof`: an element of a same-origin frame belongs to another realm.
    if (root.nodeType == 1) {
      const el = root as HTMLElement;
      // Native matching: no script object (no `dataset`) is made for the many elements that are not ours.
      if (el.matches(selector)) visit(el);
      // Declarative shadow DOM: the parser attaches it without calling attachShadow.
      if (el.shadowRoot) watch(el.shadowRoot);
    }
    // Most additions are the parser's, one childless element at a time: nothing inside to look for.
    if (root.firstElementChild) for (const el of root.querySelectorAll<HTMLElement>(selector)) visit(el);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      // Removed for good (not moved): the gate lets go of it, so it is neither kept alive nor released.
      if (gone)
        for (const n of r.removedNodes)
          if (n.nodeType == 1 && !n.isConnected) {
            gone(n as Element);
            for (const el of (n as Element).querySelectorAll(selector)) gone(el);
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
  /** The parsed document at once: its matching elements, then what is in its declarative shadow roots. */
  const parsed = (d: Document): void => {
    watch(d);
    for (const el of d.querySelectorAll<HTMLElement>(selector)) visit(el);
    // Declarative roots are looked for on custom elements not yet defined (server-rendered components, whose
    // definitions come as modules, after this): native matching finds them without a script object for every
    // element, which on a large page would cost as much as watching the parser.
    for (const el of d.querySelectorAll(':not(:defined)')) if (el.shadowRoot) watch(el.shadowRoot);
  };
  const realm = (w: Window & typeof globalThis): void => {
    const d = w.document;
    if (realms.has(d)) return;
    realms.add(d);
    if (parsing || d.readyState != 'loading') watch(d);
    else {
      // `DOMContentLoaded` too, in case a page script stops `readystatechange` from reaching this listener.
      const done = (): void => void (d.readyState != 'loading' && !seen.has(d) && parsed(d));
      d.addEventListener('readystatechange', done);
      d.addEventListener('DOMContentLoaded', done);
    }
    // Shadow roots are invisible to an observer of the document: watch each one as it is made.
    // The wrapper returns the browser's own root and changes nothing else.
    const p = w.Element.prototype;
    const attach = p.attachShadow;
    p.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attach.call(this, init);
      watch(root);
      return root;
    };
  };
  realm(window);
  return realm;
}

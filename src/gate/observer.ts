/**
 * Later insertions: one MutationObserver sees every element the parser or a script adds to the document,
 * to open and closed shadow roots (attached through `attachShadow`, or declarative ones found on their host),
 * and the contents of cloned templates once they are inserted.
 * A `<script type="text/plain">` never runs by itself, so markup is safe before this sees it;
 * this is what releases it, or holds back trackers written without markup.
 *
 * Watching the parser node by node costs a mutation record and a DOM wrapper for every node of the page, which
 * grows with the page (on a page with 2,000 more elements, a returning visit took 51 ms of main thread at 4x CPU
 * throttling that way, 40 ms without: `npm run bench -- --links 500`). So while a document is parsed, markup
 * (inert) waits, and the parsed page is judged in one pass when the parser is done (`readystatechange` to
 * `interactive`: before deferred scripts and `DOMContentLoaded`); the node-by-node observer starts then.
 * Two things come earlier, both from the browser's live lists of a few tags, which make a script object only
 * for their members: embeds are judged before each frame is painted (no layout shift), and while some service
 * declares hosts, the `early` tags at every microtask checkpoint, which comes before the parser runs the next
 * script (a parser-inserted `<script src>` must be caught before it runs, a frame patched before the next
 * script); a mutation record only triggers that.
 */
/**
 * Elements that can host a declarative shadow root: custom elements not yet defined when the parser is done
 * (server-rendered components, whose definitions come as modules, after it) and the built-in ones.
 */
const HOSTS =
  ':not(:defined),article,aside,blockquote,body,div,footer,h1,h2,h3,h4,h5,h6,header,main,nav,p,section,span';

/** The elements the gate manages. */
export const GATED_TAGS = 'script,iframe,img,video,audio,embed,source,link,object,input,a[ping],image,template';

/**
 * Calls `visit` for every added element and every element inside it that matches `selector`, in document
 * order (`gone` for removed ones likewise). While a document is parsed, only elements of the `early` tags are
 * visited, at every microtask checkpoint; the rest when the parser is done (see above). Returns the function
 * that watches one more realm's document (a same-origin frame's: frames.ts) the same way.
 */
export function observeAdditions(
  visit: (el: HTMLElement) => void,
  gone?: (el: Element) => void,
  selector = GATED_TAGS,
  early: readonly string[] = [],
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
    // Declarative roots, on the elements that can have one (HOSTS): native matching, so no script object is made
    // for the others.
    for (const el of d.querySelectorAll(HOSTS)) if (el.shadowRoot) watch(el.shadowRoot);
  };
  const realm = (w: Window & typeof globalThis): void => {
    const d = w.document;
    if (realms.has(d)) return;
    realms.add(d);
    if (d.readyState != 'loading') watch(d);
    else {
      // Live lists: the browser keeps them current, and reading one makes a script object only for its members.
      const found = new WeakSet<Element>();
      const scanner = (tags: readonly string[]) => {
        const lists = tags.map((t) => d.getElementsByTagName(t));
        return (): void => {
          for (const l of lists)
            for (const el of l)
              if (!found.has(el)) {
                found.add(el);
                visit(el as HTMLElement);
              }
        };
      };
      const scan = scanner(early);
      // Embeds are judged before each frame is painted: a held one is behind its placeholder before it is ever
      // seen, so judging the rest of the page later moves nothing (no layout shift).
      const embeds = scanner(['iframe', 'video', 'embed']);
      const frame = (): void => {
        if (d.readyState != 'loading') return;
        embeds();
        w.requestAnimationFrame(frame);
      };
      w.requestAnimationFrame(frame);
      const parser = early.length ? new MutationObserver(scan) : undefined;
      parser?.observe(d, { childList: true, subtree: true });
      // A link's ping goes out when it is followed: hold it at the click (capture, before the page's handlers).
      const ping = (e: Event): void => {
        const a = (e.target as Element | null)?.closest?.('a[ping]');
        if (a) visit(a as HTMLElement);
      };
      if (early.length) for (const t of ['click', 'auxclick']) w.addEventListener(t, ping, true);
      // What is parsed already is not scanned now: the caller judges it once consent is read (gate/index.ts).
      // `DOMContentLoaded` too, in case a page script stops `readystatechange` from reaching this listener.
      const done = (): void => {
        if (d.readyState == 'loading' || seen.has(d)) return;
        parser?.disconnect();
        for (const t of ['click', 'auxclick']) w.removeEventListener(t, ping, true);
        parsed(d);
      };
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

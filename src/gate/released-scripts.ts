/**
 * Scripts the gate released run later than the parser would have run them: often after
 * `DOMContentLoaded` and `load`, and never parser-inserted. Code written for the parser's timing
 * must still work, as if the script had loaded with the page:
 * - a handler for an event that has already fired (`DOMContentLoaded` on the document or window,
 *   `load` on the window, by `addEventListener` or `onload`), registered while the script runs, is
 *   called once in a later task with an Event of that type (the browser would never call it);
 *   one registered before the event fires gets the real one, and nothing else;
 * - `document.write`/`writeln` puts its output right after the script (the browser would wipe the
 *   page after load, and ignore the call while it loads), parsed as one string when the script is
 *   done, through the gate like any HTML string; its scripts run in order (what follows an external
 *   script waits for it, as the parser waits) and may write in turn.
 * Only while `document.currentScript` is such a script: a module or a callback has none, and
 * everything else keeps the browser's behaviour.
 */

/** Whether scripts after `n` must wait for it: an external classic or module script that is not async. */
export function mustWait(e: Element): e is HTMLScriptElement {
  // By tag name, not instanceof: a script made in a same-origin frame's realm is one too.
  const n = e as HTMLScriptElement;
  return (
    n.tagName == 'SCRIPT' &&
    n.isConnected &&
    !!n.src &&
    !n.async &&
    !n.noModule &&
    // Types that never run fire no event: only classic (`text/javascript` and kin) and module scripts.
    (!n.type || /module|script/i.test(n.type))
  );
}

// Scripts the gate released or inserted for a released script's `document.write`.
const ours = new WeakSet<Element>();
let patched = 0;

/**
 * Mark `n` as released by the gate, before it runs. The patches below go in with the first one: a page
 * that never releases anything keeps the browser's own methods.
 */
export function released(n: Element): void {
  if (!patched) {
    patched = 1;
    actAsLoaded();
  }
  ours.add(n);
}

function actAsLoaded(): void {
  const mine = (): Element | null | false => {
    const s = document.currentScript;
    return !!s && ours.has(s) && s;
  };
  const T = EventTarget.prototype;
  const add = T.addEventListener;
  // Navigation Timing marks when each event starts to fire: a handler added from then on may have missed it.
  const late = (t: unknown, type: string, fn: unknown, o?: unknown): void => {
    const p = performance.timing;
    if (
      fn &&
      mine() &&
      (type == 'load'
        ? t == window && p.loadEventStart
        : type == 'DOMContentLoaded' && (t == window || t == document)) &&
      p.domContentLoadedEventStart
    ) {
      // Added right after it: when the event is still on its way to this target (a window listener added
      // while the document's DOMContentLoaded listeners run), both get it, and it is not repeated.
      let seen = 0;
      add.call(t as EventTarget, type, () => (seen = 1), o as boolean);
      setTimeout(() => {
        if (seen) return;
        const e = new Event(type);
        if (typeof fn == 'function') fn.call(t, e);
        else (fn as EventListenerObject).handleEvent(e);
      });
    }
  };
  T.addEventListener = function (this: EventTarget, type: string, fn: unknown, o?: unknown) {
    add.call(this, type, fn as EventListener, o as boolean);
    // A call without a receiver (`addEventListener('load', f)` in a script) is on the window.
    late(this || window, type, fn, o);
  };
  const d = Object.getOwnPropertyDescriptor(window, 'onload');
  if (d?.set)
    Object.defineProperty(window, 'onload', {
      ...d,
      set(v: unknown) {
        d.set!.call(this, v);
        late(this, 'load', v);
      },
    });

  // A script's writes all come while it runs: one string each, flushed once it is done.
  const out = new Map<Element, string>();
  const flush = (): void => {
    for (const [s, html] of out) {
      out.delete(s);
      const r = document.createRange();
      r.selectNodeContents(document.body || document.documentElement);
      // A contextual fragment's scripts run once inserted (innerHTML's never would); this goes through the gate.
      const f = r.createContextualFragment(html);
      for (const n of f.querySelectorAll('script')) {
        ours.add(n);
        // Not async unless it says so, as the parser's own; the browser makes a fragment's scripts async.
        n.async = n.hasAttribute('async');
      }
      // Output goes in before this mark, so what a written script writes comes before what follows it.
      const end = new Text();
      s.after(end);
      const put = (): void => {
        for (let n; (n = f.firstChild);) {
          end.before(n);
          // As the parser does: what follows an external script waits until it has run (or failed).
          if (mustWait(n as Element)) {
            for (const e of ['load', 'error']) add.call(n, e, put);
            return;
          }
        }
      };
      put();
    }
  };
  const D = Document.prototype;
  for (const k of ['write', 'writeln'] as const) {
    const write = D[k];
    D[k] = function (this: Document, ...a: string[]) {
      const s = this == document && mine();
      if (!s) return write.apply(this, a);
      // Kept until the script is done: a tag may be split across calls, as the parser allows.
      if (!out.size) queueMicrotask(flush);
      out.set(s, (out.get(s) || '') + a.join('') + (k == 'write' ? '' : '\n'));
    };
  }
}

/**
 * Same-origin frames: an `<iframe>` without `src` (or `about:blank`) shares the page's origin, and its window
 * has prototypes, `fetch`, `Image` and `navigator` of its own. A page script can create elements there,
 * or send requests from there, to reach a tracker around the page's patches. So the gate installs the same
 * patches into every such realm, sharing the page's decisions, before a page script can use it:
 * - when the frame is inserted (by a script, an HTML string or the parser): Chromium fires its `load`
 *   synchronously then, and a capturing listener on the document runs before the inserting call returns;
 * - when a script reads `contentWindow` or `contentDocument` (a frame that is still loading its `src`);
 * - for parser-inserted frames, from the observer too, which runs before the next parser-inserted script;
 * - after every call that can insert a frame (DOM insertion methods, HTML setters, `document.write`): a frame
 *   that loads a `src` fires no load event then, yet `window[n]` reaches its first, about:blank window at once.
 * A frame of another origin (or a sandboxed one) throws on access: it is not ours to patch.
 */

/** Returns `realm(windowOrDocument)`, which patches that realm once (with `install`) if it is same-origin. */
export function interceptFrames(install: (w: Window & typeof globalThis) => void): (x: unknown) => void {
  const done = new WeakSet<object>();
  // Frames (window proxies) already handed to `realm`: a navigation keeps the proxy, and its load patches it.
  const known = new WeakSet<object>();
  const realm = (x: unknown): void => {
    try {
      // A document answers with its window; a window has no `defaultView`.
      const w = ((x as Document).defaultView || x) as Window & typeof globalThis;
      // Another origin throws here (SecurityError); anything else has no `Element`.
      const p = w.Element.prototype;
      if (done.has(p)) return;
      done.add(p);
      install(w);
      for (const k of ['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement'] as const)
        for (const g of ['contentWindow', 'contentDocument']) {
          const o = w[k].prototype;
          const d = Object.getOwnPropertyDescriptor(o, g);
          if (d?.get)
            Object.defineProperty(o, g, {
              ...d,
              get(this: Element) {
                const r = d.get!.call(this);
                realm(r);
                return r;
              },
            });
        }
      w.document.addEventListener('load', (e) => realm((e.target as HTMLIFrameElement).contentWindow), true);
      const sweep = (): void => {
        for (let i = 0; i < w.length; i++)
          if (!known.has(w[i])) {
            known.add(w[i]);
            realm(w[i]);
          }
      };
      const P = w as unknown as Record<string, { prototype: Record<string, unknown> }>;
      for (const [c, ks] of [
        ['Node', 'appendChild insertBefore replaceChild'],
        ['Element', 'append prepend after before replaceWith replaceChildren insertAdjacentElement insertAdjacentHTML'],
        ['CharacterData', 'after before replaceWith'],
        ['Document', 'append prepend replaceChildren write writeln'],
      ])
        for (const k of ks.split(' ')) {
          const o = P[c].prototype;
          const f = o[k] as (...a: unknown[]) => unknown;
          o[k] = function (this: unknown, ...a: unknown[]) {
            const r = f.apply(this, a);
            sweep();
            return r;
          };
        }
      for (const k of ['innerHTML', 'outerHTML']) {
        const o = P.Element.prototype;
        const d = Object.getOwnPropertyDescriptor(o, k)!;
        Object.defineProperty(o, k, {
          ...d,
          set(this: Element, v: unknown) {
            d.set!.call(this, v);
            sweep();
          },
        });
      }
    } catch {
      // Not same-origin, or no window (a detached frame): nothing runs there that this page controls.
    }
  };
  return realm;
}

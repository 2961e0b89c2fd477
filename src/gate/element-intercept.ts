/**
 * Automatic blocking of elements that other scripts create: the Google Tag Manager / Meta Pixel
 * snippet (`createElement('script')`, `src = …`, `insertBefore`), bundles, pixels
 * (`new Image().src = …`). A MutationObserver is too late for these: an image starts loading when
 * `src` is set, a script when it is inserted. So every way a script can give a gated element a URL is
 * intercepted: the URL properties of the element kinds in {@link URL_OF}, `setAttribute`,
 * `setAttributeNS`, and `Attr` nodes (`attr.value`, `setAttributeNode`, `attributes.setNamedItem`).
 * Each is patched on the prototype that owns it, so `Element.prototype.setAttribute.call(el, …)`
 * is the patched one too. Every other URL, attribute and element goes straight to the browser's
 * own code; getters are untouched. A same-origin frame has prototypes of its own: `w` is the realm patched
 * (frames.ts), and nothing here relies on `instanceof`, which fails for nodes of another realm.
 */
import { native } from './release.js';

/** `hold(el, attr, url)` returns true when it took the URL over, false to let the browser set it. */
export type Hold = (el: Element, attr: string, url: string) => boolean;

/** Per element (local name), the URL attributes the gate manages: where a tracker URL can go. */
export const URL_OF: Record<string, string[]> = {
  script: ['src', 'href'],
  iframe: ['src'],
  img: ['src', 'srcset'],
  link: ['href', 'imagesrcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src', 'srcset'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  a: ['ping'],
  image: ['href'],
};

/** The managed attribute `name` (`xlink:href` → `href`) names on `el`, or nothing. */
export function urlAttr(el: Element, name: unknown): string | undefined {
  const a = String(name)
    .toLowerCase()
    .replace(/^xlink:/, '');
  return URL_OF[el.localName]?.includes(a) ? a : undefined;
}

/**
 * Stringify once (an argument whose `toString` answers differently the second time must not be
 * judged as one URL and loaded as another): returns the string to judge and the value to pass on,
 * which is that same string, or a Trusted Types object itself (its text cannot change).
 */
export function once(v: unknown): [string, unknown] {
  if (typeof v == 'string') return [v, v];
  const s = String(v);
  const tt = (window as { trustedTypes?: { isScriptURL(v: unknown): boolean; isHTML(v: unknown): boolean } })
    .trustedTypes;
  return [s, tt && (tt.isScriptURL(v) || tt.isHTML(v)) ? v : s];
}

export function interceptElements(hold: Hold, w: Window = window): void {
  const W = w as unknown as Record<string, { prototype: object }> & typeof globalThis;
  // Interface (HTML…Element) and the URL properties it owns; each reflects the attribute of its name in lower case.
  for (const entry of 'Script src,IFrame src,Image src srcset,Link href imageSrcset,Media src,Video poster,Source src srcset,Embed src,Object data,Input src,Anchor ping'.split(
    ',',
  )) {
    const [k, ...owned] = entry.split(' ');
    const p = W['HTML' + k + 'Element']?.prototype;
    for (const prop of owned) {
      const d = p && Object.getOwnPropertyDescriptor(p, prop);
      if (d?.set)
        Object.defineProperty(p, prop, {
          ...d,
          set(this: Element, v: unknown) {
            const [s, pass] = once(v);
            if (!hold(this, prop.toLowerCase(), s)) d.set!.call(this, pass);
          },
        });
    }
  }

  const E = W.Element.prototype;
  const set = E.setAttribute;
  native.setAttribute ??= set;
  E.setAttribute = function (this: Element, name: string, v: string): void {
    const a = urlAttr(this, name);
    const [s, pass] = a ? once(v) : ['', v];
    if (!(a && hold(this, a, s))) set.call(this, name, pass as string);
  };
  const setNS = E.setAttributeNS;
  E.setAttributeNS = function (this: Element, ns: string | null, name: string, v: string): void {
    const a = urlAttr(this, String(name).split(':').pop());
    const [s, pass] = a ? once(v) : ['', v];
    if (!(a && hold(this, a, s))) setNS.call(this, ns, name, pass as string);
  };

  // Attr nodes: a value set on an attribute of an element, or an attribute node attached to one.
  const A = W.Attr.prototype;
  const value = Object.getOwnPropertyDescriptor(A, 'value')!;
  const ownValue = (attr: Attr, v: unknown): boolean => {
    const el = attr.ownerElement;
    const a = el && urlAttr(el, attr.name);
    if (!a) return false;
    const [s, pass] = once(v);
    if (hold(el, a, s)) el.removeAttribute(attr.name);
    else value.set!.call(attr, pass);
    return true;
  };
  Object.defineProperty(A, 'value', {
    ...value,
    set(this: Attr, v: unknown) {
      if (!ownValue(this, v)) value.set!.call(this, v);
    },
  });
  for (const k of ['nodeValue', 'textContent'] as const) {
    const d = Object.getOwnPropertyDescriptor(W.Node.prototype, k)!;
    Object.defineProperty(W.Node.prototype, k, {
      ...d,
      set(this: Node, v: unknown) {
        if (!(this.nodeType == 2 && ownValue(this as Attr, v))) d.set!.call(this, v);
      },
    });
  }
  /** Attach `attr` with an empty value first (so nothing loads), then judge its real value on its element. */
  const attach =
    <T extends object>(p: T, k: keyof T) =>
    (): void => {
      const orig = p[k] as (this: unknown, a: Attr) => Attr | null;
      (p[k] as unknown) = function (this: unknown, attr: Attr): Attr | null {
        // An attribute already in use: the browser's own checks answer (InUseAttributeError).
        if (attr?.nodeType != 2 || attr.ownerElement) return orig.call(this, attr);
        const v = attr.value;
        value.set!.call(attr, '');
        const r = orig.call(this, attr);
        if (!ownValue(attr, v)) value.set!.call(attr, v);
        return r;
      };
    };
  for (const k of ['setAttributeNode', 'setAttributeNodeNS'] as const) attach(E, k)();
  for (const k of ['setNamedItem', 'setNamedItemNS'] as const) attach(W.NamedNodeMap.prototype, k)();
}

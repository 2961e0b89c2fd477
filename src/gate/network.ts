/**
 * Requests straight from scripts: `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` to a held
 * service's hosts are refused until it is granted, and let through at once afterwards (checked on
 * every call). Each fails the way a network failure does, so well-behaved trackers carry on: fetch
 * rejects with a TypeError, the XHR ends with `error` and status 0, sendBeacon returns false. Every
 * other URL goes to the browser untouched. Patched where the browser defines them (`Navigator.prototype`,
 * `XMLHttpRequest.prototype`), so `Navigator.prototype.sendBeacon.call(…)` is the patched one too, in the
 * realm `w` (the page, or a same-origin frame: frames.ts).
 */
import { once } from './element-intercept.js';

/** Returns the held service of a URL, or nothing when the request may go. */
export type Blocked = (url: string) => string | undefined;

export function interceptNetwork(blocked: Blocked, w: Window & typeof globalThis = window): void {
  // The URL of a Request from any realm (the brand check is the browser's); throws for anything else.
  const get = Object.getOwnPropertyDescriptor(w.Request.prototype, 'url')?.get;
  const requestUrl = (i: unknown): string => {
    if (get) return get.call(i);
    if (i instanceof w.Request) return i.url;
    throw 0;
  };
  const f = w.fetch;
  if (f)
    w.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      let url: string;
      let pass: unknown = input;
      try {
        // A Request made in another frame is no `instanceof Request` here, but is one to fetch.
        url = requestUrl(input);
      } catch {
        // Anything else fetch stringifies: do it once, and pass that string on.
        [url, pass] = once(input);
      }
      const s = blocked(url);
      return s
        ? Promise.reject(new TypeError(`keks: blocked until "${s}" is granted`))
        : f.call(this, pass as RequestInfo, init);
    } as typeof fetch;
  const x = w.XMLHttpRequest.prototype;
  const open = x.open;
  // An unfetchable scheme makes the browser itself fail the request, with no network access:
  // readyState 4, status 0, `error` (and a NetworkError for synchronous requests).
  x.open = function (this: XMLHttpRequest, ...a: [string, string | URL, boolean]) {
    const [u] = once(a[1]);
    a[1] = blocked(u) ? 'keks-blocked:' + u : u;
    return open.apply(this, a);
  } as typeof open;
  const N = w.Navigator.prototype;
  const beacon = N.sendBeacon;
  if (beacon)
    N.sendBeacon = function (this: Navigator, url: string | URL, data?: BodyInit | null) {
      const [u] = once(url);
      return !blocked(u) && beacon.call(this, u, data);
    };
}

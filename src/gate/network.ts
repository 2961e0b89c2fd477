/**
 * Requests straight from scripts: `fetch`, `XMLHttpRequest` and
 * `navigator.sendBeacon` to a held service's hosts are refused until it is granted, and let
 * through at once afterwards (checked on every call). Each fails the way a network failure
 * does, so well-behaved trackers carry on: fetch rejects with a TypeError, the XHR ends with
 * `error` and status 0, sendBeacon returns false. Every other URL goes to the browser untouched.
 */

/** Returns the held service of a URL, or nothing when the request may go. */
export type Blocked = (url: unknown) => string | undefined;

export function interceptNetwork(blocked: Blocked): void {
  const w = window;
  const f = w.fetch;
  if (f)
    w.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      const s = blocked(input instanceof Request ? input.url : input);
      return s ? Promise.reject(new TypeError(`keks: blocked until "${s}" is granted`)) : f.call(this, input, init);
    } as typeof fetch;
  const x = XMLHttpRequest.prototype;
  const open = x.open;
  // An unfetchable scheme makes the browser itself fail the request, with no network access:
  // readyState 4, status 0, `error` (and a NetworkError for synchronous requests).
  x.open = function (this: XMLHttpRequest, ...a: [string, string | URL, boolean]) {
    if (blocked(a[1])) a[1] = 'keks-blocked:' + a[1];
    return open.apply(this, a);
  } as typeof open;
  const n = navigator;
  const beacon = n.sendBeacon;
  if (beacon) n.sendBeacon = (url, data) => !blocked(url) && beacon.call(n, url, data);
}

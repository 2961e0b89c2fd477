/**
 * Automatic blocking by host: which configured service a URL belongs to.
 * A pattern `example.com` matches `example.com` and every subdomain (`www.example.com`),
 * never `badexample.com`. Patterns and URLs go through the same canonical host parser, the
 * browser's own (WHATWG URL), so every spelling the browser would resolve to a host is that host.
 */
import type { ResolvedConfig } from '../config.js';

/** `[canonical pattern, service id]`, most specific pattern first. */
export type HostRule = [string, string];

/**
 * The host the browser would connect to for `url`, resolved against the page like the browser does,
 * in one canonical spelling: lowercase, IDN as punycode (`bücher.de` → `xn--bcher-kva.de`),
 * percent-escapes, fullwidth letters and Unicode full stops mapped (UTS #46), no userinfo or port, and
 * no trailing dot (`trk.example.` is the same host for DNS). Undefined when it is no URL.
 */
export function canonicalHost(url: string, base?: string): string | undefined {
  try {
    // Config validation also runs in Node (the scanner's draft, server rendering): no page to resolve against.
    return (
      new URL(url, base ?? (typeof document == 'undefined' ? undefined : document.baseURI)).hostname.replace(
        /\.+$/,
        '',
      ) || undefined
    );
  } catch {
    return undefined;
  }
}

/** A configured pattern in canonical form: a leading `*.` or `.` dropped, then parsed as a host. */
export const canonicalPattern = (p: string): string | undefined =>
  canonicalHost('http://' + String(p).replace(/^\*?\./, '') + '/');

/**
 * Every host pattern of every configured service, longest first: where two services' patterns
 * overlap (`hubspot.com` and `track.hubspot.com`), the most specific one decides, never config order.
 */
export function hostRules(config: ResolvedConfig): HostRule[] {
  const rules: HostRule[] = [];
  for (const id in config.services)
    for (const h of config.services[id].hosts || []) {
      const p = canonicalPattern(h);
      if (p) rules.push([p, id]);
    }
  return rules.sort((a, b) => b[0].length - a[0].length);
}

/** The service whose most specific pattern matches host `h`, if any. */
export function serviceOfHost(rules: HostRule[], h: string | undefined): string | undefined {
  if (h) for (const [p, id] of rules) if (h == p || h.endsWith('.' + p)) return id;
}

/** The service whose pattern matches `url` (already a string: callers stringify once), if any. */
export const serviceOf = (rules: HostRule[], url: string): string | undefined =>
  serviceOfHost(rules, canonicalHost(url));

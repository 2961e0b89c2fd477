/**
 * First or third party. Browsers decide "same site" by the registrable domain (scheme aside): the public
 * suffix plus one label, per the Public Suffix List (`www.shop.co.uk` → `shop.co.uk`). tldts carries that list.
 */
import { getDomain } from 'tldts';
import type { Party } from './report-types.js';

/** The registrable domain of a host; the host itself for IP addresses, `localhost` and single labels. */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/^\.+/, '');
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** Host of a URL (lower case, no port), or '' for URLs without one (data:, blob:, about:). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return '';
  }
}

/** Whether `host` (or a cookie domain such as `.shop.example`) belongs to the same site as `pageHost`. */
export function partyOf(host: string, pageHost: string): Party {
  return siteOf(host) == siteOf(pageHost) ? 'first' : 'third';
}

/** A crawlable link: http(s) and on the same site as the start page. */
export function sameSite(url: string, startHost: string): boolean {
  return /^https?:/.test(url) && partyOf(hostOf(url), startHost) == 'first';
}

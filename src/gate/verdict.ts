/**
 * The decision for one element in markup: what its `data-category` or
 * `data-service` says, and whether any of its URLs belongs to a service that is still held.
 */
import type { ResolvedConfig } from '../config.js';
import { loadChunk } from '../lazy/load.js';
import { LIST_ATTRS, URL_ATTRS } from './release.js';

export interface Judge {
  config: ResolvedConfig;
  /** Granted now (and not withdrawn since). */
  ok(id: string): boolean;
  /** The held service a URL (or a srcset or ping list) belongs to, if any. */
  blocked(url: unknown, list?: boolean): string | undefined;
  /** The configured service a URL belongs to, held or not. */
  service(url: unknown): string | undefined;
}

/** The URL an element loads once released (`data-src` before `src`), by attribute name. */
const url = (el: HTMLElement, a: string): string | null | undefined => el.dataset[a] ?? el.getAttribute(a);

/**
 * The service `el` belongs to: its `data-service`, else the configured service of its URL
 * (so "Always allow YouTube" releases a YouTube iframe marked only with a category).
 */
export const serviceOfElement = (el: HTMLElement, j: Judge): string | undefined =>
  el.dataset.service || servicesOfUrls(el, j)[0];

/**
 * The configured services of every URL `el` would load, remembered with the URLs they were read from:
 * a consent change re-judges thousands of held elements, and parsing each URL again each time would
 * cost more than the 50 ms of main thread a consent change may take. A changed URL is read afresh.
 */
const seen = new WeakMap<HTMLElement, [string, string[]]>();
export function servicesOfUrls(el: HTMLElement, j: Judge): string[] {
  const urls = URL_ATTRS.map((a) => url(el, a) ?? '');
  const key = urls.join('\n');
  const known = seen.get(el);
  if (known && known[0] == key) return known[1];
  const ids: string[] = [];
  URL_ATTRS.forEach((a, i) => {
    // A list (srcset, ping) is split where the browser splits it: every piece that is a URL is judged.
    if (urls[i]) for (const u of LIST_ATTRS.test(a) ? urls[i].split(/[\s,]+/) : [urls[i]]) ids.push(j.service(u)!);
  });
  const out = ids.filter(Boolean);
  seen.set(el, [key, out]);
  return out;
}

/**
 * Whether `el` may load now. `data-category="!analytics"` is the opposite: it loads while
 * analytics is denied (a fallback that needs no consent). A service is more specific than a
 * category; either way no URL of a held service gets through (a mislabelled tracker stays held).
 */
export function allows(el: HTMLElement, j: Judge): boolean {
  const c = el.dataset.category;
  const rule = c && c[0] == '!' ? !j.ok(c.slice(1)) : j.ok(serviceOfElement(el, j) || c || '');
  return rule && servicesOfUrls(el, j).every((id) => j.ok(id));
}

/** What is wrong with an element's markup: the attribute, the id it names and the config list that lacks it. */
export type Misconfig = [attr: 'service' | 'category', id: string, list: 'services' | 'categories'];

/** A config error that keeps `el` held for good (a managed tracker no service describes; GDPR Art. 13), or nothing. */
export function misconfigured(el: HTMLElement, config: ResolvedConfig): Misconfig | undefined {
  const s = el.dataset.service;
  const c = el.dataset.category?.replace(/^!/, '');
  return s && !config.services[s]
    ? ['service', s, 'services']
    : c && !config.categories[c]
      ? ['category', c, 'categories']
      : undefined;
}

/** The console message for it: the configured id closest to a typo (`near`), or how to add the missing one. */
export const misconfigMessage = (el: Element, [attr, id, list]: Misconfig, near?: string): string =>
  `keks: <${el.localName}> has data-${attr}="${id}", but config.${list} has no "${id}", so it stays blocked. ${
    near ? `Did you mean data-${attr}="${near}"?` : `Add "${id}" to config.${list} (GDPR Art. 13).`
  }`;

/**
 * Reports it on the console. The "did you mean" lookup lives in the validator chunk, which the loader of a
 * returning visitor never needs: a page with such an element fetches it (an opaque origin cannot, and gets
 * the message without the suggestion).
 */
export function reportMisconfig(el: HTMLElement, m: Misconfig, config: ResolvedConfig): void {
  (self.origin == 'null' ? Promise.reject() : loadChunk('validate'))
    .then(
      (v) => v.nearest(m[1], Object.keys(config[m[2]])),
      () => undefined,
    )
    .then((near) => console.error(misconfigMessage(el, m, near), el));
}

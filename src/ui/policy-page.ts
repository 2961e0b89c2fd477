/**
 * The banner on the cookie-policy and privacy-policy pages: it must not cover the declaration the visitor
 * came to read. A page is a policy page when it holds a `<keks-declaration>` or is the page
 * `ui.cookiePolicyUrl` or `ui.privacyPolicyUrl` points to. There the banner follows `ui.onPolicyPages`:
 * `bar` (default: a slim bar at the bottom, never blocking), `none` (not shown; the declaration offers every
 * choice) or `normal` (as everywhere else).
 */
import type { ResolvedConfig } from '../config.js';

type Ui = ResolvedConfig['ui'];

const samePage = (url: string | undefined): boolean => {
  if (!url) return false;
  try {
    const u = new URL(url, document.baseURI);
    const path = (p: string) => p.replace(/\/(index\.html?)?$/, '');
    return u.origin == location.origin && path(u.pathname) == path(location.pathname);
  } catch {
    return false;
  }
};

/** Whether this page is a cookie-policy or privacy-policy page. */
export const isPolicyPage = (ui: Ui): boolean =>
  !!document.querySelector('keks-declaration') || samePage(ui.cookiePolicyUrl) || samePage(ui.privacyPolicyUrl);

/** The banner's layout here: the configured one, a bar, or none at all. */
export function bannerLayout(ui: Ui): { layout: Ui['layout']; blockPage: boolean; position?: Ui['position'] } | null {
  const mode = isPolicyPage(ui) ? (ui.onPolicyPages ?? 'bar') : 'normal';
  if (mode == 'none') return null;
  return mode == 'bar'
    ? { layout: 'bar', blockPage: false, position: 'bottom' }
    : { layout: ui.layout, blockPage: ui.blockPage, position: ui.position };
}

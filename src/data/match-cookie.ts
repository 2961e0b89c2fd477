/**
 * Looks a cookie or storage key up in the derived Open Cookie Database. Used by the scanner (Node) and the
 * dev-mode audit (a lazy development-only chunk); the production loader never imports it.
 */
import type { OcdRow, OcdTuple } from './ocd-row.js';
import { OPEN_COOKIE_DATABASE } from './open-cookie-database.js';

let exact: Map<string, OcdTuple[]> | undefined;
let prefixes: OcdTuple[] | undefined;

const row = (t: OcdTuple): OcdRow => ({
  name: t[0],
  wildcard: t[1] == 1,
  platform: t[2],
  category: t[3],
  controller: t[4],
  retention: t[5],
  privacy: t[6],
});

/** Built on first use, so importing the module costs nothing until a name is looked up. */
function index(): void {
  exact = new Map();
  prefixes = [];
  for (const t of OPEN_COOKIE_DATABASE) {
    if (t[1]) prefixes.push(t);
    else exact.set(t[0], [...(exact.get(t[0]) || []), t]);
  }
  // Longest prefix first: `_ga_` is more specific than `_ga`.
  prefixes.sort((a, b) => b[0].length - a[0].length);
}

/**
 * Every database row for `name`: exact entries first, then wildcard (prefix) entries from the longest
 * prefix down. Case-sensitive, like cookie names (RFC 6265 §5.3).
 */
export function cookieRows(name: string): OcdRow[] {
  if (!exact) index();
  const hits = [...(exact!.get(name) || [])];
  for (const t of prefixes!) if (name.startsWith(t[0]) && !hits.includes(t)) hits.push(t);
  return hits.map(row);
}

/** The best database row for a cookie or storage key name (exact before the longest prefix), if any. */
export function matchCookie(name: string): OcdRow | undefined {
  return cookieRows(name)[0];
}

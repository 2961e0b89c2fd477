/**
 * Cleanup on withdrawal (GDPR Art. 7(3)): delete the declared
 * first-party cookies and storage keys of withdrawn categories and services.
 * Only what the config declares is deleted; the consent cookie never is.
 */
import type { ResolvedConfig } from '../config.js';
import { DEV } from '../dev.js';
import { cookieDomains, cookiePaths } from './cleanup-variants.js';

type Test = (name: string) => boolean;

/** A declared name, or a `^pattern` (a RegExp source). A broken pattern matches nothing. */
function matcher(declared: string): Test {
  if (declared[0] != '^') return (n) => n == declared;
  try {
    const re = new RegExp(declared);
    return (n) => re.test(n);
  } catch {
    return () => false;
  }
}

/** Which cookie names and storage keys withdrawal deletes. */
export interface TraceFilter {
  cookie: Test;
  storage: Test;
  /** Declared by any service at all (for the DEV hint about undeclared trackers). */
  declared: Test;
}

/**
 * Decide what to delete. A service is withdrawn when its category is in
 * `categories` or its id in `services`, unless `granted(id)` still says yes
 * (a per-service exception outlives its category) or its category is
 * necessary. A name also declared by a service that keeps consent stays: by
 * default every service not withdrawn keeps it; with `granted`, only those
 * granted now.
 */
export function traceFilter(
  config: ResolvedConfig,
  categories: readonly string[],
  services: readonly string[],
  granted?: (id: string) => boolean,
): TraceFilter {
  // [cookies, storage] of withdrawn services, of services that keep consent, of all.
  const drop: Test[][] = [[], []];
  const keep: Test[][] = [[], []];
  const all: Test[] = [];
  for (const id of Object.keys(config.services)) {
    const s = config.services[id];
    const withdrawn =
      (categories.includes(s.category) || services.includes(id)) &&
      !config.categories[s.category]?.necessary &&
      !granted?.(id);
    const lists = withdrawn ? drop : !granted || granted(id) ? keep : [[], []];
    for (const c of s.cookies ?? []) {
      all.push(matcher(c.name));
      lists[0].push(matcher(c.name));
    }
    for (const k of s.storage ?? []) lists[1].push(matcher(k));
  }
  const pick =
    (i: number): Test =>
    (n) =>
      drop[i].some((t) => t(n)) && !keep[i].some((t) => t(n));
  const cookie = pick(0);
  return {
    // Never the consent cookie itself, whatever a pattern says.
    cookie: (n) => n != config.cookie.name && cookie(n),
    storage: pick(1),
    declared: (n) => all.some((t) => t(n)),
  };
}

/** Names of the cookies this page can see now (`a=1; b=2` → `['a', 'b']`). */
export function visibleCookieNames(): string[] {
  return [...new Set(document.cookie.split(';').map((c) => c.split('=')[0].trim()))].filter(Boolean);
}

/**
 * Delete the declared first-party cookies, localStorage and sessionStorage keys
 * of the withdrawn `categories` and `services` (GDPR Art. 7(3)). Also right for a first
 * reject: cookies set before any decision go too. Never throws.
 *
 * Each matching cookie visible in `document.cookie` is expired on every variant
 * that could hold it: host-only, `Domain=` the host and each parent domain
 * (see `cookieDomains`), and every `Path=` from `/` to the current path
 * (`cookiePaths`). Cookies set with `Secure` or `SameSite=None` are deleted the
 * same way on https: the expiring write names the same name, domain and path,
 * and a write without `SameSite` defaults to `Lax`, which needs no `Secure`.
 * Limitations (script can only delete what script can see): a cookie scoped to
 * a path that is not an ancestor of this page's path is deleted on a page under
 * that path; `HttpOnly` cookies (set by a server, e.g. server-side tagging),
 * host-only cookies of sibling subdomains and third-party cookies are out of
 * reach and need the server or the provider's opt-out (`ServiceConfig.optOut`).
 *
 * @param granted optional: whether a service is still granted; its cookies stay.
 */
export function clearTraces(
  config: ResolvedConfig,
  categories: readonly string[],
  services: readonly string[],
  granted?: (id: string) => boolean,
): void {
  try {
    const f = traceFilter(config, categories, services, granted);
    const names = visibleCookieNames();
    const domains = ['', ...cookieDomains(location.hostname)];
    const paths = cookiePaths(location.pathname);
    for (const n of names.filter(f.cookie))
      for (const d of domains)
        for (const p of paths)
          // RFC 6265 §5.3 step 3/11: Max-Age=0 (§5.2.2) and a past Expires replace and drop the stored
          // cookie. Expires last, for parsers that let the last attribute win over Max-Age.
          document.cookie = `${n}=;max-age=0;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d && ';domain=' + d}`;
    for (const kind of ['localStorage', 'sessionStorage'] as const) {
      try {
        // Storage may be blocked: reading the property itself can throw.
        const store = window[kind];
        const keys: string[] = [];
        for (let i = 0; i < store.length; i++) keys.push(store.key(i)!);
        for (const k of keys) if (f.storage(k)) store.removeItem(k);
      } catch {
        /* blocked storage holds nothing to delete */
      }
    }
    if (DEV) {
      const odd = names.filter(
        (n) => /^(_ga|_gid|_gat|_gcl|_fb[pc]$|_hj|_uet|_clck|_clsk|_pk_|__utm|_ttp$|_scid)/.test(n) && !f.declared(n),
      );
      if (odd.length)
        console.warn(
          `keks: cookie(s) ${odd.join(', ')} look like trackers, but no entry in config.services declares them, ` +
            `so withdrawal cannot delete them. Add them to that service's cookies[] (names or '^patterns').`,
        );
    }
  } catch {
    /* cleanup is best effort: never break the page or the consent flow */
  }
}

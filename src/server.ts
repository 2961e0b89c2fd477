/**
 * `keks/server`: read a visitor's consent on the server, from the request's `Cookie` header or a cookie
 * map, and get exactly the state the browser will apply for it. A server can then render an embed, or
 * leave out a tracker tag, for visitors who refused. No DOM: plain Node, Deno, Bun or an edge runtime.
 *
 * The decision itself is still made and stored in the browser; the server only reads it.
 */
import type { ConsentState } from './api-types.js';
import { resolveConfig, type KeksConfig, type ResolvedConfig } from './config.js';
import { deriveState, frozenState } from './consent-state.js';
import { decodeRecord } from './record.js';
import { applyGpc } from './signals/gpc.js';
import { formatProblems, validate } from './validate.js';

export type { ConsentState } from './api-types.js';

/** A `Cookie` request header, or cookies already parsed by a framework (name → value). */
export type CookieSource =
  | string
  | null
  | undefined
  | Readonly<Record<string, string | undefined>>
  | { get(name: string): string | { value: string } | null | undefined };

export interface ReadConsentOptions {
  /**
   * The visitor sent a Global Privacy Control signal (`Sec-GPC: 1`). The browser would see it too and
   * refuse the categories in `config.gpc`, so pass it for the same answer: `gpc: req.headers['sec-gpc'] == '1'`.
   */
  gpc?: boolean;
  /** The time to check the decision's age against (ms since epoch); default now. */
  now?: number;
}

/** The value of one cookie in a `Cookie` header (RFC 6265 §5.4 syntax), undecoded; the first one wins. */
function fromHeader(header: string, name: string): string | undefined {
  for (const pair of header.split(';')) {
    const i = pair.indexOf('=');
    if (i > 0 && pair.slice(0, i).trim() == name) return pair.slice(i + 1).trim();
  }
  return undefined;
}

/** js-cookie writes the value percent-encoded; decode it as js-cookie's reader does. */
function decodeValue(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  try {
    return v.replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
  } catch {
    return undefined;
  }
}

function cookieValue(source: CookieSource, name: string): string | undefined {
  if (!source) return undefined;
  if (typeof source == 'string') return decodeValue(fromHeader(source, name));
  if (typeof (source as { get?: unknown }).get == 'function') {
    const v = (source as { get(n: string): string | { value: string } | null | undefined }).get(name);
    return decodeValue(typeof v == 'string' ? v : (v?.value ?? undefined));
  }
  return decodeValue((source as Record<string, string | undefined>)[name]);
}

const resolved = new WeakMap<object, ResolvedConfig>();

/** Validate and resolve once per config object: a server calls this on every request. */
function resolve(config: KeksConfig): ResolvedConfig {
  let cfg = resolved.get(config);
  if (!cfg) {
    const errors = validate(config).filter((p) => p.level == 'error');
    if (errors.length) throw new Error(formatProblems(errors));
    resolved.set(config, (cfg = resolveConfig(config)));
  }
  return cfg;
}

/**
 * The consent state for a request, the same as `Keks.getConsent()` will be in the visitor's browser: a
 * missing, expired, tampered or out-of-date cookie (another `revision`) gives the undecided state, in which
 * nothing but necessary categories is granted. Throws on an invalid config, like `init`.
 *
 * @param cookies the `Cookie` header (`req.headers.cookie`), or a cookie map (`req.cookies`, `cookies()`)
 * @param config the same config the page passes to `init`
 */
export function readConsent(cookies: CookieSource, config: KeksConfig, options: ReadConsentOptions = {}): ConsentState {
  const cfg = resolve(config);
  const now = options.now ?? Date.now();
  const gpc = !!options.gpc && cfg.gpc.length > 0;
  let record = decodeRecord(cookieValue(cookies, cfg.cookie.name), {
    revision: cfg.revision,
    expiresDays: cfg.cookie.expiresDays,
    categories: cfg.categoryIds,
    now,
  });
  // A decision older than the GPC signal yields to it, as in the browser.
  if (record && gpc) record = applyGpc(record, cfg.gpc, (s) => cfg.services[s]?.category, now) || record;
  return frozenState(deriveState(cfg, record, gpc));
}

/** Whether a category or a service (by id) is granted in a state from {@link readConsent}. */
export function isAccepted(state: ConsentState, categoryOrService: string): boolean {
  return state.granted.includes(categoryOrService) || state.grantedServices.includes(categoryOrService);
}

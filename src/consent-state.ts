/**
 * The consent state a stored record means under a config: the one derivation the browser store and
 * `keks/server` share, so a server renders for exactly the state the visitor's browser will apply.
 * No DOM, no cookies: plain data in, plain data out.
 */
import type { ConsentState } from './api-types.js';
import type { ResolvedConfig } from './config.js';
import type { ConsentRecord } from './record.js';

/** The ids of `a` not in `b`. */
export const minus = (a: string[], b: string[]): string[] => a.filter((x) => !b.includes(x));

/** State from a record (null: no decision): necessary always on; services follow their category unless named. */
export function deriveState(cfg: ResolvedConfig, r: ConsentRecord | null, gpc: boolean): ConsentState {
  const cats = cfg.categoryIds;
  const categoryOf = (s: string): string | undefined => cfg.services[s]?.category;
  const necessary = (c: string | undefined): boolean => !!(c && cfg.categories[c]?.necessary);
  const granted = cats.filter((c) => necessary(c) || !!r?.granted.includes(c));
  const on = (s: string): boolean =>
    necessary(categoryOf(s)) ||
    !!r?.grantedServices.includes(s) ||
    (!r?.deniedServices.includes(s) && granted.includes(categoryOf(s)!));
  const services = Object.keys(cfg.services);
  return {
    decided: !!r,
    granted,
    denied: minus(cats, granted),
    grantedServices: services.filter(on),
    deniedServices: services.filter((s) => !on(s)),
    id: r ? r.id : null,
    revision: cfg.revision,
    firstDecision: r ? r.first : null,
    lastDecision: r ? r.last : null,
    source: r ? r.source : null,
    gpc: gpc ? cfg.gpc.filter((c) => cats.includes(c) && !granted.includes(c)) : [],
  };
}

/**
 * A copy that shares nothing with `s`, each array and the whole passed through `f` (`Object.freeze`): the
 * state is flat (primitives and arrays of strings), so this is a deep copy without `structuredClone`'s
 * serialisation on every page view.
 */
export function copyState(s: ConsentState, f = <T>(x: T): T => x): ConsentState {
  const c = { ...s } as Record<string, unknown>;
  for (const k in c) if (Array.isArray(c[k])) c[k] = f([...c[k]]);
  return f(c) as unknown as ConsentState;
}

/** A read-only copy: arrays frozen too, so a snapshot handed to many readers cannot be changed by one. */
export const frozenState = (s: ConsentState): ConsentState => copyState(s, Object.freeze);

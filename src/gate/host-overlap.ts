/**
 * Config check: host patterns of two services that overlap (`hubspot.com` and `track.hubspot.com`).
 * The most specific pattern decides (hosts.ts), which may surprise whoever wrote the shorter one, so
 * config validation reports each overlap as a warning. (The same pattern in two services is left to the
 * config's author: many sites list one tag manager host under several services on purpose.)
 */
import { canonicalPattern } from './hosts.js';

/** `[path, message, fix]` for every pattern covered by another service's pattern. */
export function hostOverlaps(services: Record<string, unknown>): [string, string, string][] {
  const all: [string, string][] = [];
  for (const [id, s] of Object.entries(services)) {
    const hosts = (s as { hosts?: unknown })?.hosts;
    if (Array.isArray(hosts))
      for (const h of hosts) {
        const p = typeof h == 'string' && canonicalPattern(h);
        if (p) all.push([p, id]);
      }
  }
  const out: [string, string, string][] = [];
  for (const [p, id] of all)
    for (const [q, other] of all)
      if (id != other && p != q && p.endsWith('.' + q))
        out.push([
          `services.${id}.hosts`,
          `"${p}" is also covered by services.${other}.hosts "${q}"`,
          `Requests to ${p} belong to ${id} (the more specific pattern); the rest of ${q} to ${other}. Remove one if that is not meant.`,
        ]);
  return out;
}

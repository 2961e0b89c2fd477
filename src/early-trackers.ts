/**
 * A loader placed after trackers cannot hold what already loaded. The browser's resource timing
 * buffer still lists those requests when the diagnostics run (the first entries are the ones kept
 * when it fills), so the check waits for the validator chunk instead of costing every page view.
 */
import type { ResolvedConfig } from './config.js';
import { hostRules, serviceOf } from './gate/hosts.js';

/** The warning naming every configured tracker URL that loaded before `keks.js` ran, if any did. */
export function earlyTrackers(config: ResolvedConfig, loaderStart: number): string | undefined {
  const rules = hostRules(config);
  const early = rules.length
    ? performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < loaderStart && serviceOf(rules, e.name))
        .map((e) => e.name)
    : [];
  if (early.length)
    return `Keks: these configured trackers loaded before keks.js ran, so they could not be held: ${early.join(', ')}. Put keks.js first in <head>.`;
}

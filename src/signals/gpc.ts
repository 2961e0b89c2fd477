/**
 * Global Privacy Control (GPC spec §3; 11 CCR §7025). The signal is a standing
 * refusal of sale/share: it only ever denies, never grants.
 */
import type { ConsentRecord } from '../record.js';

/** True when the browser sends the GPC signal. Only the boolean `true` counts (GPC spec §3.2). */
export function gpcEnabled(): boolean {
  return (
    typeof navigator != 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
  );
}

/**
 * A stored decision made without knowledge of the signal (`gpc: false`) that grants a GPC
 * category must yield: return the record with those categories (and their services) denied,
 * source `gpc` and the flag set. Returns null when nothing needs to change, including when
 * the flag is already set: the visitor has since chosen explicitly, and that choice wins.
 */
export function applyGpc(
  record: ConsentRecord,
  gpcCategories: readonly string[],
  serviceCategory: (service: string) => string | undefined,
  now: number,
): ConsentRecord | null {
  if (record.gpc) return null;
  const hit = record.granted.filter((c) => gpcCategories.includes(c));
  if (!hit.length) return null;
  const off = (s: string): boolean => hit.includes(serviceCategory(s)!);
  return {
    ...record,
    granted: record.granted.filter((c) => !hit.includes(c)),
    denied: [...record.denied, ...hit],
    grantedServices: record.grantedServices.filter((s) => !off(s)),
    deniedServices: [...record.deniedServices, ...record.grantedServices.filter(off)],
    last: now,
    source: 'gpc',
    gpc: true,
  };
}

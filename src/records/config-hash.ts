/**
 * A fingerprint of the configuration a visitor decided on: the categories, services (with their
 * purposes, providers and countries), revision and GPC categories, as canonical JSON, hashed with
 * 64-bit FNV-1a (16 hex digits). Not a security hash: it only lets the site owner match a record to
 * the config version that was shown. Synchronous and the same on http and https (crypto.subtle is
 * missing on insecure origins).
 */
import type { ResolvedConfig } from '../config.js';

/** JSON with object keys sorted, so the same config always hashes the same. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? '[' + v.map(canonical).join(',') + ']'
    : v && typeof v == 'object'
      ? '{' +
        Object.keys(v)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => JSON.stringify(k) + ':' + canonical((v as Record<string, unknown>)[k]))
          .join(',') +
        '}'
      : (JSON.stringify(v) ?? 'null');

/** 64-bit FNV-1a over the UTF-16 code units of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

export const configHash = (c: ResolvedConfig): string =>
  fnv1a64(
    canonical({
      revision: c.revision,
      categories: c.categories,
      categoryIds: c.categoryIds,
      services: c.services,
      gpc: c.gpc,
    }),
  );

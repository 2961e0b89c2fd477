/**
 * Where the loader finds the catalogue entries a config names with `from`. Script tag: each
 * `dist/cdn/services/<id>.js` is a classic script that adds its entry to `window.KeksServices`, so it
 * must come before `keks.js`. npm: the config passes the imported entry object itself.
 */
import type { CatalogueHosts } from './types.js';

declare global {
  interface Window {
    /** Catalogue entries loaded with `<script src=".../services/<id>.js">`, by id. */
    KeksServices?: Record<string, CatalogueHosts>;
  }
}

/** The loader part of the entry `from` names, if it is loaded (or is itself an entry object). */
export function catalogueHosts(from: unknown): CatalogueHosts | undefined {
  if (from && typeof from == 'object') {
    const e = from as CatalogueHosts;
    return typeof e.id == 'string' && typeof e.category == 'string' && Array.isArray(e.hosts) ? e : undefined;
  }
  if (typeof from != 'string' || typeof window == 'undefined') return;
  const loaded = window.KeksServices;
  return loaded && Object.hasOwn(loaded, from) ? loaded[from] : undefined;
}

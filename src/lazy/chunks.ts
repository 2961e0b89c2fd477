/**
 * The loader's lazy parts, as dynamic imports (npm build: the app's bundler splits them off).
 * The script-tag build swaps this file for `chunks-cdn.ts` (rollup.config.mjs), which imports
 * `keks-<name>.js` next to `keks.js` at run time. A returning visitor with a valid decision
 * imports none of them: they hold work that only a decision, a withdrawal or a first visit needs.
 */
import type * as WriteChunk from '../write-decision.js';
import type * as CleanupChunk from '../gate/cleanup.js';
import type * as ValidateChunk from '../validate.js';
import type * as FabChunk from '../fab/stand-in.js';

export interface Chunks {
  /** Encoding the record, the cookie writes and their variants. */
  write: typeof WriteChunk;
  /** Deleting a withdrawn service's cookies and storage. */
  cleanup: typeof CleanupChunk;
  /** Every config rule, with messages naming the field and the fix. */
  validate: typeof ValidateChunk;
  /** The floating button's stand-in for a returning visitor. */
  fab: typeof FabChunk;
}
export type ChunkName = keyof Chunks;

export const importChunk: { [K in ChunkName]: () => Promise<Chunks[K]> } = {
  write: () => import('../write-decision.js'),
  cleanup: () => import('../gate/cleanup.js'),
  validate: () => import('../validate.js'),
  fab: () => import('../fab/stand-in.js'),
};

/** Where a chunk comes from, for messages (the npm build has no URL of its own: the bundler decides). */
export const chunkUrl = (name: ChunkName): string => name + ' chunk';

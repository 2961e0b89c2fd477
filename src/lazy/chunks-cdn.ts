/**
 * Script-tag variant of `chunks.ts` (aliased in rollup.config.mjs): the lazy parts are ES modules
 * `keks-<name>.js` (`keks-<name>.dev.js` for `keks.dev.js`) next to `keks.js`, imported by URL at
 * run time so the classic loader stays one small file.
 */
import { DEV } from '../dev.js';
import type { ChunkName, Chunks } from './chunks.js';
import { chunkBase } from './chunk-base.js';

export type { ChunkName, Chunks } from './chunks.js';

export const chunkUrl = (name: ChunkName): string =>
  new URL('keks-' + name + (DEV ? '.dev' : '') + '.js', chunkBase.href).href;

const load =
  <K extends ChunkName>(name: K) =>
  (): Promise<Chunks[K]> =>
    import(/* @vite-ignore */ chunkUrl(name));

export const importChunk: { [K in ChunkName]: () => Promise<Chunks[K]> } = {
  write: load('write'),
  cleanup: load('cleanup'),
  validate: load('validate'),
  fab: load('fab'),
};

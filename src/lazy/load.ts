/**
 * One place that fetches the loader's lazy chunks: each at most once per page (a failed download is
 * retried by the next call), and a failure is reported once with the URL and the likely cause.
 */
import { chunkUrl, importChunk, type ChunkName, type Chunks } from './chunks.js';

const loading: Partial<Record<ChunkName, Promise<unknown>>> = {};
const loaded: Partial<Chunks> = {};

/** The chunk's module when it has already arrived, so its work can run synchronously. */
export const loadedChunk = <K extends ChunkName>(name: K): Chunks[K] | undefined => loaded[name];

/** The chunk's module; cached, so every caller shares one request. */
export function loadChunk<K extends ChunkName>(name: K): Promise<Chunks[K]> {
  loading[name] ||= (importChunk[name]() as Promise<Chunks[K]>).then(
    (m) => (loaded[name] = m),
    (e: unknown) => {
      delete loading[name];
      console.error(
        `Keks: could not load ${chunkUrl(name)} (${e}). Serve it next to keks.js; from another origin it needs an Access-Control-Allow-Origin header (CORS).`,
      );
      throw e;
    },
  );
  return loading[name] as Promise<Chunks[K]>;
}

// The demo's consent-records receiver (README "Consent records"), run by `npm start` (serve.mjs):
// PGlite in a temporary folder (KEKS_RECORDS_DB chooses another), opened on the first record so a
// page view that decides nothing pays nothing. It also switches the demo config's `records` on, by
// replacing a marker in demo/keks-config.js as it is served; any other server leaves records off.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MARKER = '/* keks-demo-records */ null';

/** The receiver, or null (with a note) when dist/node or PGlite is missing. */
export async function recordsReceiver() {
  let lib;
  try {
    lib = await import('../dist/node/records.js');
    await import('@electric-sql/pglite');
  } catch (e) {
    console.log(
      `Consent records: off (${e.code === 'ERR_MODULE_NOT_FOUND' ? 'run npm run build, npm install' : e.message})`,
    );
    return null;
  }
  const dir = process.env.KEKS_RECORDS_DB || (await mkdtemp(join(tmpdir(), 'keks-demo-records-')));
  let storage;
  const open = () => (storage ||= lib.openStorage({ db: dir }));
  const handler = lib.createRecordsHandler({
    storage: {
      kind: 'pglite',
      insert: async (r) => (await open()).insert(r),
      healthy: async () => (await open()).healthy(),
      export: async function* (f) {
        yield* (await open()).export(f);
      },
      purge: async (d) => (await open()).purge(d),
      count: async () => (await open()).count(),
      close: async () => storage && (await storage).close(),
    },
  });
  const listener = lib.toNodeListener(handler);
  return {
    dir,
    note: `Consent records: POST /consent, stored with PGlite in ${dir} (npx keks records export --db ${dir}, after stopping)`,
    /** Answers /consent and /consent/health; false for every other path. */
    handle(req, res, path) {
      if (path !== '/consent' && path !== '/consent/health') return false;
      listener(req, res);
      return true;
    },
    /** The demo config as served: records on. */
    config: (body) => Buffer.from(body.toString('utf8').replace(MARKER, "{ endpoint: '/consent' }")),
    close: async () => storage && (await storage).close(),
  };
}

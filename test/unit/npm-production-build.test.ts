// @vitest-environment node
// The npm build in a real app bundle: `import { init } from 'keks'; init(config)` built by Vite for
// production. Development-only code (warnings, fix hints) must be gone from every emitted file, through
// the export conditions (`development` → dist/npm-dev, default → dist/npm). The same app built in
// development mode keeps them, so the absence below is not an accident of the test.
// Reads dist/ (`npx rollup -c` first; `npm test` builds before the unit tests).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** Strings that exist only behind `if (DEV)` in src/. */
const DEV_ONLY = ['init() was already called', 'two copies of Keks', 'save() ignores unknown ids', 'Remove it; '];
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let app: string;
beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'keks-vite-'));
  mkdirSync(join(app, 'node_modules'));
  // As an app installs it: node_modules/keks is the package (exports, conditions and all).
  symlinkSync(repo, join(app, 'node_modules', 'keks'), 'dir');
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><title>app</title><script type="module" src="./main.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(app, 'main.js'),
    `import { init } from 'keks';
init({ services: { ga: { category: 'analytics', provider: 'Google', purpose: 'Statistics', country: 'US',
  privacyPolicy: 'https://policies.google.com/privacy', hosts: ['www.google-analytics.com'] } } });
`,
  );
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

async function bundle(mode: 'production' | 'development', root = app) {
  const { build } = await import('vite');
  const out = join(root, 'dist-' + mode);
  // As `vite build` runs it: vitest sets NODE_ENV=test, which Vite would read as "not production".
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = mode;
  await build({
    root,
    mode,
    logLevel: 'silent',
    configFile: false,
    build: { outDir: out, emptyOutDir: true, minify: mode == 'production' },
  }).finally(() => (process.env.NODE_ENV = env));
  const dir = join(out, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f, code: readFileSync(join(dir, f)) }));
}

describe('an app bundled by Vite', () => {
  it('production: no development-only string in any file; production messages and did-you-mean stay', async () => {
    const files = await bundle('production');
    const all = files.map((f) => f.code.toString()).join('\n');
    for (const s of DEV_ONLY) expect(all.includes(s), s).toBe(false);
    expect(all).toContain('Keks stopped');
    expect(all).toContain('did you mean');
    // What Keks adds to the app's entry chunk, against the script-tag loader (both brotli 11). Vite's own
    // runtime for dynamic imports (preload helper, modulepreload polyfill) is measured in an app that only
    // has a dynamic import, and taken off: the app pays it for its own code splitting too.
    const base = join(app, 'baseline');
    mkdirSync(base);
    writeFileSync(join(base, 'index.html'), readFileSync(join(app, 'index.html')));
    writeFileSync(join(base, 'main.js'), "import('./later.js').then((m) => m.run());");
    writeFileSync(join(base, 'later.js'), 'export const run = () => document.title;');
    const entry = (fs: typeof files) => br(fs.find((f) => f.name.startsWith('index-'))!.code);
    const keks = entry(files) - entry(await bundle('production', base));
    const loader = br(readFileSync(join(repo, 'dist/cdn/keks.js')));
    console.log(`npm app: Keks adds ${keks} B brotli to the entry; dist/cdn/keks.js is ${loader} B`);
    // At most the loader + 0.5 kB. What once pushed it over: a module shared with a lazy chunk lands whole in
    // the entry (the record encoder, now its own module), and Vite lists every static import of a lazily
    // imported module in the entry to preload it (the dev audit's catalogue, now imported by the audit later).
    expect(keks).toBeLessThanOrEqual(loader + 500);
  }, 60_000);

  it('development: the same app keeps the development warnings (the check above can see them)', async () => {
    const all = (await bundle('development')).map((f) => f.code.toString()).join('\n');
    for (const s of DEV_ONLY) expect(all.includes(s), s).toBe(true);
  }, 60_000);
});

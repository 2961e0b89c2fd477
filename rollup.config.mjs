// Builds (issue 2 §5, DESIGN "Delivery"):
// - dist/cdn/keks.js      classic IIFE for <head>, production (DEV=false), minified, js-cookie bundled
// - dist/cdn/keks.dev.js  the same, DEV build, unminified
// - dist/cdn/keks-ui.js   the UI as an ES module, Lit bundled, locales split next to it (keks-ui-<lang>.js)
// - dist/npm/             ES modules + .d.ts from src/index.ts; lit and js-cookie external; UI a separate chunk;
//                         DEV follows the bundler's process.env.NODE_ENV
// The loader reaches the UI only through a run-time import(url) (ui-loader-cdn.ts), so Lit never lands in keks.js.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const src = fileURLToPath(new URL('./src/', import.meta.url));
const fromSrc = (importer) => !!importer && importer.startsWith(src);

/**
 * After writing, delete files this build owns (`keep(name)`) that it did not write: no stale chunk lingers
 * for size-limit globs or the npm tarball. Pruning afterwards, not emptying first, keeps the files in place
 * for anyone serving dist/ while a build runs.
 */
const prune = (keep = () => true) => ({
  name: 'keks-prune',
  writeBundle(options, bundle) {
    const walk = (dir) =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    for (const file of walk(options.dir)) {
      const name = relative(options.dir, file).split('\\').join('/');
      if (keep(name) && !(name in bundle)) rmSync(file);
    }
  },
});

/** Production builds: `src/dev.ts` becomes `export const DEV = false`, so DEV-only code is dropped. */
const production = () => ({
  name: 'keks-dev-false',
  resolveId: (source, importer) => (fromSrc(importer) && /(^|\/)dev\.js$/.test(source) ? '\0keks-dev' : null),
  load: (id) => (id == '\0keks-dev' ? 'export const DEV = false;' : null),
});

/**
 * npm build: DEV follows the app's bundler. Bundlers replace `process.env.NODE_ENV` ('production' in
 * production builds), and the minifier then drops DEV-only code; unbundled (no `process`) it is false.
 */
const npmDev = () => ({
  name: 'keks-dev-node-env',
  resolveId: (source, importer) => (fromSrc(importer) && /(^|\/)dev\.js$/.test(source) ? '\0keks-dev-npm' : null),
  load: (id) =>
    id == '\0keks-dev-npm'
      ? "export const DEV = /* @__PURE__ */ (() => { try { return process.env.NODE_ENV !== 'production'; } catch { return false; } })();"
      : null,
});

/** Script-tag build: the UI is imported from a URL at run time, not bundled. */
const cdnUiLoader = () => ({
  name: 'keks-cdn-ui-loader',
  resolveId: (source, importer) =>
    fromSrc(importer) && /(^|\/)ui-loader\.js$/.test(source) ? src + 'ui-loader-cdn.ts' : null,
});

const ts = (extra = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    noEmitOnError: true,
    declaration: false,
    outDir: undefined,
    ...extra,
  });

const minify = () => terser({ ecma: 2021, module: false, compress: { passes: 2 }, format: { comments: false } });

const loader = (dev) => ({
  input: 'src/embed.ts',
  output: {
    file: dev ? 'dist/cdn/keks.dev.js' : 'dist/cdn/keks.js',
    format: 'iife',
    // The only dynamic import is ui-loader-cdn's import(url), which stays a real import().
    inlineDynamicImports: true,
    plugins: dev ? [] : [minify()],
  },
  plugins: [...(dev ? [] : [production()]), cdnUiLoader(), resolve(), ts()],
  onwarn,
});

const ui = {
  input: { 'keks-ui': 'src/ui/mount.ts' },
  // Let keks-ui.js itself hold the shared UI code instead of a facade re-exporting a second file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Stable names for size-limit globs: keks-ui-cs.js, keks-ui-en.js.
    chunkFileNames: 'keks-ui-[name].js',
    plugins: [terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } })],
  },
  plugins: [production(), resolve(), ts(), prune((name) => name.startsWith('keks-ui'))],
  onwarn,
};

const npm = {
  // keks/react, keks/vue and keks/server are entries of their own; they share index.js (one store per page).
  input: { index: 'src/index.ts', react: 'src/react.ts', vue: 'src/vue.ts', server: 'src/server.ts' },
  external: (id) => /^(lit|lit-html|lit-element|js-cookie|react|vue)(\/|$)|^@lit\//.test(id),
  output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  plugins: [
    npmDev(),
    resolve(),
    ts({ declaration: true, outDir: 'dist/npm', rootDir: 'src' }),
    prune(),
    customElementsManifest(),
  ],
  onwarn,
};

/**
 * dist/custom-elements.json, the package's `customElements` field: the elements, their properties,
 * events, parts and custom properties, read from the JSDoc in src/ui (custom-elements-manifest.config.mjs).
 */
function customElementsManifest() {
  return {
    name: 'keks-custom-elements-manifest',
    writeBundle() {
      execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.resolve('@custom-elements-manifest/analyzer/cem.js')), 'analyze'],
        {
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
    },
  };
}

/** Warnings are errors, except rollup's note about the deliberate run-time import(url). */
function onwarn(warning, warn) {
  if (warning.code == 'UNRESOLVED_IMPORT' || warning.code == 'CIRCULAR_DEPENDENCY' || warning.code == 'PLUGIN_WARNING')
    throw new Error(warning.message);
  warn(warning);
}

/**
 * Node-only code (`keks` command line; later the scanner and the records receiver): its own build into
 * dist/node, never reachable from the browser entries above. Node built-ins and the optional peer
 * dependencies (playwright-core, PGlite, pg) stay external, so a site that only uses the widget installs none.
 */
const node = {
  input: { cli: 'src/node/cli.ts' },
  external: (id) => id.startsWith('node:') || /^(playwright-core|@electric-sql\/pglite|pg)(\/|$)/.test(id),
  output: { dir: 'dist/node', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
  plugins: [
    resolve(),
    typescript({ tsconfig: './tsconfig.node.json', noEmitOnError: true, declaration: false, outDir: undefined }),
    prune(),
  ],
  onwarn,
};

export default [loader(false), loader(true), ui, npm, node];

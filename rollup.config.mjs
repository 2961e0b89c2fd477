// Builds:
// - dist/cdn/keks.js      classic IIFE for <head>, production (DEV=false), minified, js-cookie bundled
// - dist/cdn/keks.dev.js  the same, DEV build, unminified
// - dist/cdn/keks-ui.js   the UI as an ES module, Lit bundled, locales split next to it (keks-ui-<lang>.js)
// - dist/npm/             ES modules + .d.ts from src/index.ts; lit and js-cookie external; UI and the lazy parts
//                         separate chunks; production (DEV=false)
// - dist/npm-dev/         the same, DEV build, behind the `development` export condition
// The loader reaches the UI only through a run-time import(url) (ui-loader-cdn.ts), so Lit never lands in keks.js.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { catalogueCdn } from './scripts/rollup-catalogue.mjs';

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

/** Script-tag build: the UI, the dev-mode audit and the lazy chunks are imported from URLs at run time, not bundled. */
const cdnUiLoader = () => ({
  name: 'keks-cdn-ui-loader',
  resolveId: (source, importer) =>
    fromSrc(importer) && /(^|\/)(ui|audit)-loader\.js$/.test(source)
      ? src + source.replace(/^.*\/|\.js$/g, '') + '-cdn.ts'
      : fromSrc(importer) &&
          /(^|\/)lazy\/chunks\.js$|^\.\/chunks\.js$/.test(source) &&
          !importer.endsWith('chunks-cdn.ts')
        ? src + 'lazy/chunks-cdn.ts'
        : null,
});

/** Script-tag build: the floating button's stand-in imports its words by URL (fab/labels-cdn.ts), not bundled. */
const cdnLabels = () => ({
  name: 'keks-cdn-labels',
  resolveId: (source, importer) =>
    importer?.endsWith('stand-in.ts') && source == './labels.js' ? src + 'fab/labels-cdn.ts' : null,
});

/** Script-tag build: the consent-records chunk is imported from a URL at run time (keks-records.js), not bundled. */
const cdnRecordsLoader = () => ({
  name: 'keks-cdn-records-loader',
  resolveId: (source, importer) =>
    fromSrc(importer) && /(^|\/)records-loader\.js$/.test(source) ? src + 'records-loader-cdn.ts' : null,
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
    // The only dynamic imports are import(url) of the UI and the chunks, which stay real import()s.
    inlineDynamicImports: true,
    plugins: dev ? [] : [minify()],
  },
  plugins: [...(dev ? [] : [production(), catalogueCdn()]), cdnUiLoader(), cdnRecordsLoader(), resolve(), ts()],
  onwarn,
});

/**
 * The loader's lazy parts for the script tag: ES modules next to keks.js (`keks-write.js`, …; the
 * development loader imports `keks-write.dev.js`, …), fetched by `lazy/chunks-cdn.ts` on first need.
 */
const LAZY = {
  write: 'src/write-decision.ts',
  cleanup: 'src/gate/cleanup.ts',
  validate: 'src/validate.ts',
  fab: 'src/fab/stand-in.ts',
  // The stand-in's words, one file per language (keks-fab-cs.js), imported by URL (fab/labels-cdn.ts).
  ...Object.fromEntries(
    readdirSync('src/fab/labels').map((f) => ['fab-' + f.replace(/\.ts$/, ''), 'src/fab/labels/' + f]),
  ),
};
const lazyChunks = (dev) => {
  const suffix = dev ? '.dev.js' : '.js';
  const own = (name) =>
    name.endsWith(suffix) &&
    (dev || !name.endsWith('.dev.js')) &&
    /^keks-(write|cleanup|validate|fab|lazy-)/.test(name);
  return {
    input: Object.fromEntries(Object.entries(LAZY).map(([k, v]) => ['keks-' + k, v])),
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name]' + suffix,
      chunkFileNames: 'keks-lazy-[name]' + suffix,
      // One stable name for the code the write chunk and the validator share (size budgets name it).
      // The production DEV flag joins it: every chunk that reads it loads this one anyway (no extra request).
      manualChunks: (id) =>
        id == '\0keks-dev' ||
        /[\\/](record|record-encode|consent-cookie|consent-cookie-read|consent-id)\.ts$|[\\/]js-cookie[\\/]/.test(id)
          ? 'record'
          : undefined,
      plugins: dev ? [] : [terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } })],
    },
    plugins: [...(dev ? [] : [production()]), cdnLabels(), resolve(), ts(), prune(own)],
    onwarn,
  };
};

const ui = {
  // keks-audit.js: the dev-mode audit, loaded by the loader only in keks.dev.js or with debug: true.
  input: { 'keks-ui': 'src/ui/mount.ts', 'keks-audit': 'src/audit/index.ts' },
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

/** dist/cdn/keks-records.js: the consent-records chunk for the script-tag build (records-loader-cdn.ts). */
const records = {
  input: { 'keks-records': 'src/records/index.ts' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    plugins: [terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } })],
  },
  plugins: [production(), resolve(), ts(), prune((name) => name.startsWith('keks-records'))],
  onwarn,
};

/**
 * npm builds. `dist/npm` is the production build (DEV false: no warnings or fix hints, nothing for the
 * minifier to fold), the default export condition, so a production bundle and an unbundled browser get it.
 * `dist/npm-dev` is the development build behind the `development` export condition, which Vite, webpack
 * and Rollup's node-resolve pick in development (esbuild with `--conditions=development`).
 */
const npmBuild = (dev) => ({
  // `keks/services`: every catalogue entry's loader part as a named export; bundlers keep only those imported.
  // keks/react, keks/vue and keks/server are entries of their own; they share index.js (one store per page).
  input: {
    index: 'src/index.ts',
    react: 'src/react.ts',
    vue: 'src/vue.ts',
    server: 'src/server.ts',
    'services/hosts/index': 'src/services/hosts/index.ts',
  },
  external: (id) => /^(lit|lit-html|lit-element|js-cookie|react|vue)(\/|$)|^@lit\//.test(id),
  output: { dir: dev ? 'dist/npm-dev' : 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
  plugins: [
    ...(dev ? [] : [production()]),
    resolve(),
    dev ? ts() : ts({ declaration: true, outDir: 'dist/npm', rootDir: 'src' }),
    prune(),
    ...(dev ? [] : [customElementsManifest()]),
  ],
  onwarn,
});

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
  // records: `import { createRecordsHandler } from 'keks/records'` (types in dist/node/node/records/index.d.ts).
  input: { cli: 'src/node/cli.ts', records: 'src/node/records/index.ts' },
  external: (id) => id.startsWith('node:') || /^(playwright-core|@electric-sql\/pglite|pg)(\/|$)/.test(id),
  output: { dir: 'dist/node', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
  plugins: [
    resolve(),
    typescript({
      tsconfig: './tsconfig.node.json',
      noEmitOnError: true,
      declaration: true,
      outDir: 'dist/node',
      rootDir: 'src',
    }),
    prune(),
  ],
  onwarn,
};

export default [
  loader(false),
  loader(true),
  lazyChunks(false),
  lazyChunks(true),
  ui,
  records,
  npmBuild(false),
  npmBuild(true),
  node,
];

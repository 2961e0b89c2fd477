// @vitest-environment node
// Outsiders read the README, the messages Keks prints, the source and its tests, scripts, demo, examples and
// build configs: none of them may point at the project's internal requirement or trap numbers ("R9", "trap 4",
// "issue 2 §5"), which nobody outside can look up. Explain the rule or cite the public source (GDPR article, EDPB guideline, RFC, WCAG criterion).
// Reads dist/ too (`npx rollup -c` first; `npm test` builds before the unit tests).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const INTERNAL = [
  /\bR\d{1,2}(?:[–-]R?\d{1,2})?\b/, // requirement numbers: R9, R6–R14
  /\btraps? \d+/i, // "trap 4", "traps 3, 13"
  /\bissue \d+/i, // "issue 2 §5"
  /\bREQUIREMENTS\b(?!\.md)|\bREQUIREMENTS\.md\b/, // the internal requirements file
  /\bDESIGN (?:principle|")/, // the internal design notes
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

function hits(paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths)
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const re of INTERNAL) {
          const m = line.match(re);
          if (m) found.push(`${relative(root, join(root, path))}:${i + 1}: "${m[0]}" in ${line.trim().slice(0, 120)}`);
        }
      });
  return found;
}

const SELF = relative(root, fileURLToPath(import.meta.url))
  .split(sep)
  .join('/');
// Generated or installed, not written by hand (see .gitignore and examples/.gitignore).
const GENERATED = new Set(['node_modules', 'dist', 'test-results', 'coverage', '.size-limit-tmp']);
const GENERATED_PATHS = ['examples/plain-html/keks'];
const BINARY = /\.(tgz|gz|zip|png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|pdf|wasm|log)$/i;

/** Every hand-written text file under `dir` (a path relative to the root, with `/`). */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (GENERATED.has(name) || GENERATED_PATHS.includes(path) || path === SELF) return [];
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    if (BINARY.test(name) || name === 'package-lock.json' || readFileSync(join(root, path)).includes(0)) return [];
    return [path];
  });
}

it('the pattern catches what it must (so a pass below means something)', () => {
  for (const s of ['see R9.', '(R24)', 'trap 4', 'Traps 3, 13', 'issue 2 §5', 'REQUIREMENTS R8', 'DESIGN "lazy"'])
    expect(
      INTERNAL.some((re) => re.test(s)),
      s,
    ).toBe(true);
  for (const s of ['GDPR Art. 13', 'WCAG 2.4.11', 'RFC 6265 §5.4', 'ROUND', 'Rx', 'rgba(0,0,0,.5)'])
    expect(
      INTERNAL.some((re) => re.test(s)),
      s,
    ).toBe(false);
});

it('README.md and CHANGELOG.md cite no internal numbers', () => {
  expect(hits(['README.md', 'CHANGELOG.md'])).toEqual([]);
});

it('no comment or message in src/ cites an internal number', () => {
  const src = files('src', /\.ts$/);
  expect(src.length).toBeGreaterThan(40);
  expect(hits(src)).toEqual([]);
});

it('the built files (the messages a site owner sees) cite no internal number', () => {
  const built = [...files('dist/cdn', /\.js$/), ...files('dist/npm', /\.(js|d\.ts)$/), ...files('dist/node', /\.js$/)];
  expect(built.some((f) => f.endsWith('keks.dev.js'))).toBe(true);
  expect(hits(built)).toEqual([]);
});

it('no title, comment or message in the tests, scripts, benchmarks, demo, examples or build configs cites one', () => {
  const configs = readdirSync(root).filter((name) => /\.config\./.test(name));
  const scanned = [...['test', 'scripts', 'bench', 'demo', 'examples', '.ci'].flatMap(sources), ...configs];
  // The walk really reaches what it should, and skips only what it means to.
  expect(configs).toEqual(expect.arrayContaining(['rollup.config.mjs', 'eslint.config.js', 'vitest.config.ts']));
  expect(scanned).toEqual(
    expect.arrayContaining(['test/unit/store.test.ts', 'test/e2e/loader/loader.e2e.ts', 'demo/index.html']),
  );
  expect(scanned.length).toBeGreaterThan(150);
  expect(scanned).not.toContain(SELF);
  expect(scanned.filter((p) => p.includes('node_modules/') || p.endsWith('.tgz'))).toEqual([]);
  expect(hits(scanned)).toEqual([]);
});

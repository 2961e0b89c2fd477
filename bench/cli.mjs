// Shared by the benchmarks (run.mjs, heap.mjs): their options, medians, and where their results go.
import { existsSync, mkdirSync } from 'node:fs';

/** The value after `--name` on the command line, else `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** The median of some numbers (NaN for none). */
export const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Today, as results are named and headed. */
export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Where a run writes: `--out file.md` (a quick comparison that is not a result), else
 * `bench/results/<date><suffix>.md`. A later run on the same day goes to `…-2.md`, `-3`, …: an earlier result
 * is never overwritten.
 */
export function resultFile(suffix = '') {
  if (arg('out')) return new URL(arg('out'), 'file://' + process.cwd() + '/');
  mkdirSync(new URL('results/', import.meta.url), { recursive: true });
  const free = (n = 1) => {
    const u = new URL(`results/${today()}${suffix}${n > 1 ? '-' + n : ''}.md`, import.meta.url);
    return existsSync(u) ? free(n + 1) : u;
  };
  return free();
}

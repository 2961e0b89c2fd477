// `npm run size`: size-limit silently measures nothing for a path that matches no file, which would let a
// renamed chunk pass the "first visit" budget. So first require every path (or `*` glob in the file name)
// in .size-limit.json to match exactly one built file, then run size-limit.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';

const entries = JSON.parse(readFileSync(new URL('../.size-limit.json', import.meta.url), 'utf8'));
const problems = [];
for (const entry of entries) {
  for (const path of [entry.path].flat()) {
    const dir = dirname(path);
    const re = new RegExp(
      `^${basename(path)
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')}$`,
    );
    let matches = [];
    try {
      matches = readdirSync(dir).filter((f) => re.test(f));
    } catch {
      // Directory missing: reported below as no match.
    }
    if (matches.length !== 1)
      problems.push(
        `"${entry.name}": ${path} matches ${matches.length} files (${matches.join(', ') || 'none'}); build first (npx rollup -c) or fix .size-limit.json`,
      );
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
const run = spawnSync('npx', ['size-limit', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);

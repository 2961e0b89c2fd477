// `node scripts/sizes-readme.mjs` (after a build): measures the size budgets and the shipped CDN files and
// rewrites the tables marked <!-- sizes:budgets|bench|files --> in README's sizes section, with the commit they
// were measured at and the newest bench result (every budget is quoted in the README). `--print` only prints them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const read = (f) => readFileSync(new URL(`../${f}`, import.meta.url));
const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
const budgets = JSON.parse(read('.size-limit.json'));
// size-limit exits 1 when a budget is exceeded; the JSON is still on stdout.
const run = spawnSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
const measured = JSON.parse(run.stdout.replace(/^[^[]*/, ''));
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

const files = [
  ['dist/cdn/keks.js', 'loader (classic script for `<head>`): all a returning visitor runs'],
  ['dist/cdn/keks-ui.js', 'UI: banner, Lit bundled (first visit only)'],
  ['dist/cdn/keks-ui-cs.js', 'Czech strings (one locale per visit)'],
  ['dist/cdn/keks-ui-preferences.js', 'preferences panel (only when opened)'],
  ['dist/cdn/keks-write.js', 'writing a decision (once the UI is up, or on the first decision)'],
  ['dist/cdn/keks-lazy-record.js', 'record and cookie code shared by the write chunk and the validator'],
  ['dist/cdn/keks-validate.js', 'full config validator (first visit after the banner; refusals; keks.dev.js)'],
  ['dist/cdn/keks-cleanup.js', 'deleting cookies and storage on a withdrawal or refusal'],
  ['dist/cdn/keks-fab.js', "the floating button's stand-in for a returning visitor (`ui.floatingButton`)"],
  ['dist/cdn/keks-fab-en.js', "the stand-in's English words (one language per visit)"],
];

const runOf = (f) => +(/-(\d+)\.md$/.exec(f.slice(10))?.[1] ?? 1);
// The newest `npm run bench` result, quoted with its date (the 4× CPU table).
const results = readdirSync(new URL('../bench/results/', import.meta.url))
  .filter((f) => /^\d{4}-\d\d-\d\d(-\d+)?\.md$/.test(f))
  // `<date>.md`, then `<date>-2.md`, … for later runs on the same day.
  .sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10)) || runOf(a) - runOf(b));
const latest = results.at(-1);
const bench = latest ? read('bench/results/' + latest).toString() : '';
const from = bench.indexOf('### CPU throttling 4');
const to = bench.indexOf('\n### ', from + 1);
const benchTable = from < 0 ? '' : bench.slice(from, to < 0 ? undefined : to).trim();
const rows = files.map(([f, what]) => {
  const b = read(f);
  const br = brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return `| \`${f}\` | ${what} | ${kb(b.length)} | ${kb(gzipSync(b, { level: 9 }).length)} | ${kb(br)} |`;
});

const budgetTable = [
  '| Budget | Files | Limit | Measured | |',
  '| --- | --- | --- | --- | --- |',
  ...budgets.map((b) => {
    const m = measured.find((x) => x.name === b.name);
    const paths = [b.path]
      .flat()
      .map((p) => `\`${p.replace('dist/cdn/', '')}\``)
      .join(' + ');
    return `| ${b.name} | ${paths} | ${b.limit} | ${m ? kb(m.size) : 'n/a'} | ${m?.passed ? 'within budget' : '**over budget**'} |`;
  }),
];
const fileTable = ['| File | What | Minified | gzip -9 | brotli 11 |', '| --- | --- | --- | --- | --- |', ...rows];

// Only the generated parts are rewritten: the prose around them is the README's own, kept current by hand.
const blocks = {
  budgets: budgetTable.join('\n'),
  bench: benchTable.replace(/^### .*\n\n/, ''),
  files: fileTable.join('\n'),
};
let readme = read('README.md').toString();
for (const [name, text] of Object.entries(blocks)) {
  const open = `<!-- sizes:${name} -->`;
  const close = `<!-- /sizes:${name} -->`;
  const start = readme.indexOf(open);
  const end = readme.indexOf(close);
  if (start < 0 || end < start) throw new Error(`README.md has no ${open} … ${close} markers`);
  if (process.argv.includes('--print')) console.log(text + '\n');
  else if (text) readme = readme.slice(0, start + open.length) + '\n' + text + '\n' + readme.slice(end);
}
readme = readme
  .replace(/Measured at commit `[0-9a-f]+` with/, `Measured at commit \`${commit}\` with`)
  .replace(
    /### Benchmark \(`npm run bench`, [\d-]+\)/,
    `### Benchmark (\`npm run bench\`, ${(latest || '').slice(0, 10)})`,
  );
if (!process.argv.includes('--print')) {
  writeFileSync(new URL('../README.md', import.meta.url), readme);
  console.log('README sizes tables updated (the prose around them is edited by hand)');
}

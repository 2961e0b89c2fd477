// `node scripts/sizes-readme.mjs` (after a build): measures the size budgets and the shipped CDN files and
// rewrites README's <!-- section:sizes --> with the numbers and the commit they were measured at
// (every budget is quoted in the README). `--print` only prints the section.
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

// The newest `npm run bench` result, quoted with its date (the 4× CPU table).
const results = readdirSync(new URL('../bench/results/', import.meta.url))
  .filter((f) => /^\d{4}-\d\d-\d\d\.md$/.test(f))
  .sort();
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

const section = [
  '<!-- section:sizes -->',
  '## Sizes',
  '',
  `Budgets are checked in CI with [size-limit](https://github.com/ai/size-limit) (brotli, 1 kB = 1000 B; \`npm run size\`).`,
  `Measured at commit \`${commit}\` with \`node scripts/sizes-readme.mjs\`.`,
  '',
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
  '',
  'A returning visitor with a valid decision downloads the loader only: no UI, no locale, none of the lazy chunks',
  '(a test in `test/e2e/loader/lazy-chunks.e2e.ts` counts the requests). Deploy every file of `dist/cdn` together:',
  'the lazy chunks are ES modules fetched from next to `keks.js` (from another origin they need CORS). Exceptions: the floating button (`ui.floatingButton`) shows a stand-in (`keks-fab.js` and one `keks-fab-<lang>.js`) until it is used, and a page with a held embed loads the UI chunks it needs.',
  '',
  '**Lazy parts.** Writing a decision, withdrawal cleanup and the full config validator are chunks fetched on first',
  'need; the public API stays synchronous: a decision changes the state, Consent Mode, the gate and the events at',
  'once, and its cookie write is queued (in order, once each) until `keks-write.js` has arrived, which is fetched as',
  'soon as the UI is up, so a click on the banner normally writes at once. A page left before a queued write ran',
  '(the chunk still downloading) keeps the decision for that page view only.',
  '',
  '**npm.** The package has a production build (`dist/npm`, the default export condition) and a development build',
  '(`dist/npm-dev`, the `development` condition that Vite, webpack and Rollup pick in development). An app that',
  "does `import { init } from 'keks'; init(config)`, built by Vite for production, carries no development-only code",
  "(`test/unit/npm-production-build.test.ts` builds one); Keks adds about the loader's size to its entry chunk.",
  '',
  '**Targets not met yet.** The goals are 4.0 kB for the loader and 12 kB for a first visit; the budgets are set',
  'to the measured sizes so CI catches any growth. Moving the write, cleanup and full validation out took the',
  'loader from 9.27 to 8.2 kB; the hardened gate (every HTML sink through the browser parser, Attr and namespaced',
  'setters, more URL attributes, every variant of the consent cookie) added about 1.8 kB and the catalogue,',
  'records, audit and subscription hooks about 0.5 kB; reading the consent cookie without js-cookie (which now',
  'only writes, in the write chunk) took 0.45 kB off again. What remains in `keks.js` (minified bytes per source,',
  '29.5 kB in all): the gate ≈ 11.6 kB (index 3.1, element setters 2.4, release 1.6, HTML strings 0.9, verdict',
  '0.9, observer 0.7, network 0.6, hosts 0.5, placeholders 0.35, Trusted Types 0.3, queue 0.26), the API 3.35,',
  'the store 2.9 (reading, deciding, tab sync; the write is lazy), the config check 1.9 and defaults 1.8, record',
  'decoding 0.8, consent state 0.7, Consent Mode 0.65, the script-tag entry 0.55, auto revision 0.45, GPC 0.45,',
  'catalogue lookup 0.65, events and subscriptions 0.55, the UI and chunk loaders 0.75, the cookie reader 0.33,',
  'consent id 0.33, did-you-mean 0.32. Reaching 4 kB would take a smaller gate (host interception of element',
  'setters, HTML strings and fetch/XHR/beacon as an opt-in second file for sites that gate by markup only, about',
  '5 kB minified) and moving decision-making (building the record, the consent id, accept/reject/save) into the',
  "write chunk with decisions queued until it arrives. A first visit is the loader plus Lit's floor (≈ 5 kB of",
  'the 7.9 kB UI) plus a locale, so 12 kB also needs a smaller UI.',
  '',
  ...(latest
    ? [
        `### Benchmark (\`npm run bench\`, ${latest.replace('.md', '')})`,
        '',
        'Side by side with vanilla-cookieconsent 3.1.0 and klaro 0.7.22 on one article page, brotli and immutable',
        `caching over loopback, rotated order; full results in [bench/results/${latest}](bench/results/${latest}).`,
        '',
        benchTable.replace(/^### .*\n\n/, ''),
        '',
      ]
    : []),
  '| File | What | Minified | gzip -9 | brotli 11 |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '<!-- /section:sizes -->',
].join('\n');

if (process.argv.includes('--print')) {
  console.log(section);
} else {
  const readme = read('README.md').toString();
  const start = readme.indexOf('<!-- section:sizes -->');
  const endTag = '<!-- /section:sizes -->';
  const end = readme.indexOf(endTag);
  if (start < 0 || end < 0)
    throw new Error('README.md has no <!-- section:sizes --> … <!-- /section:sizes --> markers');
  writeFileSync(
    new URL('../README.md', import.meta.url),
    readme.slice(0, start) + section + readme.slice(end + endTag.length),
  );
  console.log('README sizes section updated');
}

// `npm run bench:heap`: what the JS heap a widget adds on a returning visit is made of. The same visits as
// `npm run bench` (a first visit, "Accept all", the second and the third page load in one browser context),
// then a V8 heap snapshot of the third, against the page without a widget measured the same way. Each node's
// own size is summed by what it is: the widget's compiled code, the browser's templates for the DOM
// interfaces a script touches (instantiated once per page, for every method and attribute of the interface),
// the widget's own objects and strings, and what lives outside V8's heap (the script's source text, Blink's
// objects), which `JSHeapUsedSize` does not count.
// Options: --iterations N (default 3; medians), --widgets keks,cookieconsent (default all three), --cpu N (default 1:
// the heap does not depend on it), --out file.md (default bench/results/<date>-heap.md).
// Not a test and not run in CI.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { acceptAll, observe } from './probes.mjs';
import { arg, median, resultFile, today } from './cli.mjs';
import { startBenchServer } from './serve.mjs';
import { WIDGETS } from './widgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ITERATIONS = +arg('iterations', 3);
const NAMES = arg('widgets', 'keks,cookieconsent,klaro').split(',');
const RATE = +arg('cpu', 1);

/** The kind of a snapshot node, by the row it is counted in. */
const GROUPS = [
  ['compiled code (bytecode, function and scope data)', (type) => type == 'code'],
  [
    "the browser's templates for the DOM interfaces used (every method and attribute of each)",
    (type, name) =>
      /^system \/ (FunctionTemplateInfo|ObjectTemplateInfo|FunctionTemplateRareData|AccessorPair)$/.test(name),
  ],
  ['hidden classes (object shapes)', (type) => type == 'object shape'],
  [
    'strings (names of properties and of the DOM members above, the literals of the code that ran)',
    (type) => /string$/.test(type),
  ],
  [
    "the widget's objects, arrays and closures",
    (type) => /^(object|array|closure|number|regexp|symbol|bigint)$/.test(type),
  ],
  // Script sources are external strings: their characters live outside the heap.
  ["outside V8's heap: the script's source text", (type, name) => name == 'system / ExternalStringData'],
  ['other V8 internals', (type, name) => type != 'native' || name.startsWith('system / ')],
  ["outside V8's heap: Blink's objects", () => true],
];
const outside = (g) => GROUPS[g][0].startsWith('outside');

/** KiB per group of one heap snapshot. */
function summarize(snapshot) {
  const { meta } = snapshot.snapshot;
  const f = meta.node_fields;
  const types = meta.node_types[0];
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((k) => f.indexOf(k));
  const sums = GROUPS.map(() => 0);
  for (let i = 0; i < snapshot.nodes.length; i += f.length) {
    const type = types[snapshot.nodes[i + ti]];
    const name = snapshot.strings[snapshot.nodes[i + ni]];
    // V8's own internals are reported as native nodes named "system / …" too.
    sums[GROUPS.findIndex(([, is]) => is(type, name))] += snapshot.nodes[i + si] / 1024;
  }
  return sums;
}

async function measure(browser, origin, name) {
  const w = WIDGETS[name];
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(observe(w.banner));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/article?widget=${name}`, { waitUntil: 'load' });
  if (w.banner) {
    await page.waitForFunction(() => window.__bench.bannerAt != null, null, { timeout: 30000 });
    await page.evaluate(acceptAll, w.cookie);
  }
  await page.goto(`${origin}/article?widget=${name}&returning`, { waitUntil: 'load' });
  await page.goto(`${origin}/article?widget=${name}&returning&warm`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name == 'JSHeapUsedSize').value / 1024;
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (c) => chunks.push(c.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await context.close();
  return { used, groups: summarize(JSON.parse(chunks.join(''))) };
}

const server = await startBenchServer(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const runs = [];
try {
  for (let i = 0; i < ITERATIONS; i++) {
    const it = {};
    for (const n of ['none', ...NAMES]) it[n] = await measure(browser, origin, n);
    runs.push(it);
    process.stdout.write(`iteration ${i + 1}/${ITERATIONS}\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const fmt = (x) => x.toFixed(0);
const added = (n, get) => median(runs.map((it) => get(it[n]) - get(it.none)));
const lines = [
  `# Heap added on a returning visit ${today()}`,
  '',
  `\`npm run bench:heap\`, Chromium ${browser.version()}, ${ITERATIONS} iterations (medians), CPU ${RATE}×.`,
  'KiB added to the page without a widget, third page load of a returning visitor (the code cache in use), after a',
  "garbage collection; each V8 heap snapshot node's own size, by what it is.",
  '',
  `| | ${NAMES.map((n) => WIDGETS[n].label).join(' | ')} |`,
  `| --- | ${NAMES.map(() => '---').join(' | ')} |`,
  `| **JS heap added (\`JSHeapUsedSize\`, as in \`npm run bench\`)** | ${NAMES.map((n) => fmt(added(n, (r) => r.used))).join(' | ')} |`,
  // The parts of the heap first, then what lies outside it.
  ...[...GROUPS.keys()]
    .sort((a, b) => +outside(a) - +outside(b))
    .map(
      (g) =>
        `| ${outside(g) ? '' : 'of which '}${GROUPS[g][0]} | ${NAMES.map((n) => fmt(added(n, (r) => r.groups[g]))).join(' | ')} |`,
    ),
];
const out = resultFile('-heap');
writeFileSync(out, lines.join('\n') + '\n');
console.log(lines.join('\n'));

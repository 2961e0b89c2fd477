// `npm run bench`: Keks side by side with vanilla-cookieconsent and klaro on one article page, in Debian's
// Chromium through playwright-core, over loopback with brotli and immutable caching (bench/serve.mjs).
// Every iteration measures every widget (order rotated) on a first visit and, in the same browser
// context (warm cache, the decision stored), a returning visit (the second load: V8 compiles the scripts
// again and writes its code cache) and a third one (the code cache is used, as on every later page view);
// the page without a widget is the baseline.
// Results: medians and ranges, ratios against vanilla-cookieconsent from the same run, written to
// bench/results/<date>.md (<date>-2.md, … for later runs that day). Options: --iterations N (default 15), --cpu 4,1 (CPU throttling rates),
// --widgets keks,cookieconsent (default all three), --out file.md, --links N (a larger page: N related links,
// four elements each, added to the article), --rtt N (every request takes N ms more, as over a mobile network:
// loopback has no latency, so without it a chain of requests costs nothing), --embed (a 560×315 video frame above
// the fold, held by each widget as its docs say: the placeholder's layout shift shows in CLS), --viewport 360x740
// (default 1280x800; a phone's width, where a held embed's placeholder is taller than the embed).
// Not a test and not run in CI: timings depend on the machine; run it on a quiet one.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { sizeOf, startBenchServer } from './serve.mjs';
import { WIDGETS } from './widgets.mjs';
import { acceptAll, observe } from './probes.mjs';
import { arg, median, resultFile, today } from './cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ITERATIONS = +arg('iterations', 15);
const LINKS = +arg('links', 0);
const RTT = +arg('rtt', 0);
const EMBED = process.argv.includes('--embed');
const [VW, VH] = arg('viewport', '1280x800').split('x').map(Number);
const RATES = arg('cpu', '4,1').split(',').map(Number);
// --widgets keks,cookieconsent: a quicker comparison without klaro (the baseline always runs).
const ORDER = ['none', ...arg('widgets', 'keks,cookieconsent,klaro').split(',')];

async function visit(page, cdp, url, widget) {
  await page.goto(url, { waitUntil: 'load' });
  if (widget.banner && !url.includes('returning'))
    await page.waitForFunction(() => window.__bench.bannerAt != null, null, { timeout: 30000 }).catch(() => {});
  // A busy machine may never give 500 ms of network quiet: measure what has happened by then.
  await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await metrics(cdp);
  const r = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    bannerAt: window.__bench.bannerAt,
    cls: window.__bench.cls,
    long: window.__bench.long,
    tracker: performance.getEntriesByName('tracker-start')[0]?.startTime ?? null,
    resources: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  }));
  const files = widget.files ? [...new Set(r.resources.filter((p) => widget.files.test(p)))] : [];
  const bytes = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k in bytes) bytes[k] += sizeOf(root, f)[k];
  return {
    ...r,
    bytes,
    // Chromium resets these counters for each new document: the value after the visit is the visit's own.
    script: after.ScriptDuration * 1000,
    // Every main-thread task (script, style, layout, paint, and waiting on a background compile): what the
    // page cannot do meanwhile. ScriptDuration alone misses the wait for a compile moved off the main thread.
    task: after.TaskDuration * 1000,
    heap: after.JSHeapUsedSize / 1024,
    tbt: r.long.reduce((s, d) => s + Math.max(0, d - 50), 0),
    longTasks: r.long.length,
  };
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

async function measure(browser, origin, name, rate) {
  const w = WIDGETS[name];
  const context = await browser.newContext({ viewport: { width: VW, height: VH }, locale: 'en-US' });
  await context.addInitScript(observe(w.banner));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  if (RTT) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: RTT,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  const first = await visit(page, cdp, `${origin}/article?widget=${name}`, w);
  if (w.banner) first.accept = await page.evaluate(acceptAll, w.cookie);
  const returning = await visit(page, cdp, `${origin}/article?widget=${name}&returning`, w);
  // Chromium keeps V8's code cache for a script only from its second load on: the third load is the
  // first to skip compiling it, as every later page view of a returning visitor does.
  const warm = await visit(page, cdp, `${origin}/article?widget=${name}&returning&warm`, w);
  await context.close();
  return { first, returning, warm };
}

const ROWS = [
  ['first visit: bytes brotli (kB)', (r) => r.first.bytes.brotli / 1000, 'abs'],
  ['first visit: bytes gzip (kB)', (r) => r.first.bytes.gzip / 1000, 'abs'],
  ['first visit: bytes raw (kB)', (r) => r.first.bytes.raw / 1000, 'abs'],
  ['first visit: banner visible (ms from navigation)', (r) => r.first.bannerAt, 'abs'],
  ['first visit: FCP delta (ms)', (r, b) => r.first.fcp - b.first.fcp, 'delta'],
  ['first visit: script time added (ms)', (r, b) => r.first.script - b.first.script, 'delta'],
  ['first visit: main-thread task time added (ms)', (r, b) => r.first.task - b.first.task, 'delta'],
  ['first visit: JS heap added (KiB)', (r, b) => r.first.heap - b.first.heap, 'delta'],
  ['first visit: long tasks', (r) => r.first.longTasks, 'abs'],
  ['first visit: total blocking time (ms)', (r) => r.first.tbt, 'abs'],
  ['first visit: CLS', (r) => r.first.cls, 'abs'],
  ['Accept all → banner hidden and cookie written (ms)', (r) => r.first.accept, 'abs'],
  ['returning: bytes brotli (kB)', (r) => r.returning.bytes.brotli / 1000, 'abs'],
  ['returning: bytes raw (kB)', (r) => r.returning.bytes.raw / 1000, 'abs'],
  ['returning: script time added (ms)', (r, b) => r.returning.script - b.returning.script, 'delta'],
  ['returning: main-thread task time added (ms)', (r, b) => r.returning.task - b.returning.task, 'delta'],
  ['returning: JS heap added (KiB)', (r, b) => r.returning.heap - b.returning.heap, 'delta'],
  ['returning: total blocking time (ms)', (r) => r.returning.tbt, 'abs'],
  ['returning: CLS', (r) => r.returning.cls, 'abs'],
  ['returning: gated tracker starts (ms from navigation)', (r) => r.returning.tracker, 'abs'],
  ['returning, code cache warm (3rd visit): script time added (ms)', (r, b) => r.warm.script - b.warm.script, 'delta'],
  [
    'returning, code cache warm (3rd visit): main-thread task time added (ms)',
    (r, b) => r.warm.task - b.warm.task,
    'delta',
  ],
  ['returning, code cache warm (3rd visit): JS heap added (KiB)', (r, b) => r.warm.heap - b.warm.heap, 'delta'],
  ['returning, code cache warm (3rd visit): gated tracker starts (ms)', (r) => r.warm.tracker, 'abs'],
];

const fmt = (x) =>
  x == null || Number.isNaN(x) ? 'n/a' : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(x % 1 ? 2 : 0);

function table(runs, rate) {
  const shown = ORDER.slice(1);
  const lines = [
    `### CPU throttling ${rate}×, ${runs.length} iterations`,
    '',
    `| | ${shown.map((n) => WIDGETS[n].label).join(' | ')} | Keks ÷ vanilla-cookieconsent |`,
    `| --- | ${shown.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const [label, get] of ROWS) {
    const med = {};
    const cells = shown.map((n) => {
      const v = runs.map((it) => get(it[n], it.none)).filter((x) => x != null && !Number.isNaN(x));
      med[n] = median(v);
      return v.length ? `${fmt(med[n])} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))})` : 'n/a';
    });
    const ratio = med.cookieconsent ? med.keks / med.cookieconsent : NaN;
    lines.push(`| ${label} | ${cells.join(' | ')} | ${Number.isFinite(ratio) ? ratio.toFixed(2) + '×' : 'n/a'} |`);
  }
  return lines.join('\n');
}

const server = await startBenchServer(root, { links: LINKS, embed: EMBED });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--disable-dev-shm-usage',
  ],
});
const sections = [];
const date = today();
const out = resultFile();
const save = () =>
  writeFileSync(
    out,
    [
      `# Benchmark ${date}`,
      '',
      `\`npm run bench\` on ${process.platform}, Node ${process.version}, Chromium ${browser.version()}.`,
      'Deltas are against the same article page without a widget, in the same iteration; medians with (min–max).',
      ...(LINKS
        ? [`The article has ${LINKS} related links added (${4 * LINKS} more elements; \`--links ${LINKS}\`).`]
        : []),
      ...(RTT ? [`Every request takes ${RTT} ms longer (\`--rtt ${RTT}\`: Chromium's network emulation).`] : []),
      ...(EMBED
        ? [
            'The article has a 560×315 video frame above the fold (`--embed`), held by Keks and klaro with a placeholder;',
            'vanilla-cookieconsent holds frames only with its separate iframemanager, so its page loads the frame at once.',
          ]
        : []),
      ...(VW != 1280 || VH != 800 ? [`Viewport ${VW}×${VH} (\`--viewport\`).`] : []),
      "Bytes are the widget's own files the page used (from the network or the cache), sized raw, gzip -9 and brotli 11.",
      '',
      ...sections.flatMap((s) => [s, '']),
    ].join('\n'),
  );
try {
  for (const rate of RATES) {
    const runs = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const it = {};
      // Rotate the order every iteration, so no widget always runs on a warmer or busier machine.
      for (let k = 0; k < ORDER.length; k++) {
        const name = ORDER[(i + k) % ORDER.length];
        it[name] = await measure(browser, origin, name, rate);
      }
      runs.push(it);
      process.stdout.write(`cpu ${rate}×: iteration ${i + 1}/${ITERATIONS}\r`);
    }
    sections.push(table(runs, rate));
    save();
    console.log('\n' + sections.at(-1));
  }
} finally {
  await browser.close();
  server.close();
}
console.log('written to ' + fileURLToPath(out));

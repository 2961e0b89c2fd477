// Benchmark (not a test): main-thread time of one consent change in a page that holds 10,000 elements.
// `npm run build` first, then `node bench/consent-change.mjs [count]` (KEKS_LOADER=<file> measures another
// build of the loader instead of dist/cdn/keks.js). Serves the repository on 127.0.0.1,
// maps the fake tracker host to a closed port (nothing is ever fetched), and reports the median and worst of
// several runs of: granting another category (every held element judged again, none released), a reject,
// and granting the held one (every element released).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const N = Number(process.argv[2] || 10_000);
const RUNS = 7;
const root = new URL('..', import.meta.url);
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script src="/dist/cdn/keks.js"></script>
<script>Keks.init({ autoShow: false, services: { ga: { category: 'analytics', provider: 'G', purpose: 'p',
  country: ['IE'], privacyPolicy: 'https://example.com/p', hosts: ['tracker.test'] } } });</script></head>
<body><main id="m"></main><script>
  const m = document.getElementById('m');
  for (let i = 0; i < ${N}; i++) {
    // Half created by script (held by the src setter), half marked up (held by the observer).
    if (i % 2) { const img = new Image(); img.alt = ''; img.src = 'http://tracker.test/p.gif?' + i; m.append(img); }
    else m.insertAdjacentHTML('beforeend', '<img alt="" data-category="analytics" data-src="http://tracker.test/q.gif?' + i + '">');
  }
</script></body></html>`;

const server = createServer(async (req, res) => {
  if (req.url == '/bench.html') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (req.url == '/dist/cdn/keks.js' && process.env.KEKS_LOADER)
    return res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(process.env.KEKS_LOADER));
  try {
    const body = await readFile(new URL('.' + req.url.split('?')[0], root));
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--host-resolver-rules=MAP tracker.test 127.0.0.1:9',
  ],
});
const results = {
  'grant another category (all stay held)': [],
  reject: [],
  'grant the held category (all released)': [],
};
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`http://127.0.0.1:${server.address().port}/bench.html`);
    await p.waitForLoadState('load');
    // Let the observer judge everything first.
    await p.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    const held = await p.evaluate(() => document.querySelectorAll('img[data-keks=held], img[data-category]').length);
    if (held < N) throw new Error(`only ${held} of ${N} elements held`);
    const time = (categories) =>
      p.evaluate((c) => {
        const t = performance.now();
        window.Keks.save({ categories: c });
        return performance.now() - t;
      }, categories);
    results['grant another category (all stay held)'].push(await time(['marketing']));
    results.reject.push(await time([]));
    results['grant the held category (all released)'].push(await time(['analytics']));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const fmt = (ms) => ms.toFixed(1).padStart(7);
console.log(`\nconsent change with ${N} held elements, ${RUNS} runs, ms of main thread (Keks.save, synchronous)`);
console.log('| change | median | worst |\n|---|---:|---:|');
for (const [k, v] of Object.entries(results)) {
  v.sort((a, b) => a - b);
  console.log(`| ${k} | ${fmt(v[v.length >> 1])} | ${fmt(v[v.length - 1])} |`);
}

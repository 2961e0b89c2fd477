// Screenshots of every banner layout and the preferences, light and dark, at 1280 and 320 px,
// for a person to look at. Usage, after `npx rollup -c`:
//   node demo/screenshots.mjs [outDir=/tmp/keks-shots]
// Starts demo/serve.mjs on a free port, drives Debian's Chromium with playwright-core, stops both.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const out = process.argv[2] || '/tmp/keks-shots';
mkdirSync(out, { recursive: true });

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const server = spawn(process.execPath, ['demo/serve.mjs'], {
  env: { ...process.env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));

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
  ],
});
const layouts = {
  box: 'layout=box',
  bar: 'layout=bar',
  'bar-top': 'layout=bar&position=top',
  modal: 'layout=modal',
  block: 'layout=modal&block=1',
};
try {
  for (const width of [1280, 320]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({
        viewport: { width, height: width > 400 ? 800 : 640 },
        colorScheme: theme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('console', (m) => m.type() == 'error' && console.error(`[${width} ${theme}] ${m.text()}`));
      for (const [name, query] of Object.entries(layouts)) {
        await page.goto(`http://127.0.0.1:${port}/demo/?${query}&theme=${theme}`);
        await page.locator('keks-banner [part~="accept"]').waitFor();
        await page.screenshot({ path: `${out}/${name}-${theme}-${width}.png` });
      }
      await page.goto(`http://127.0.0.1:${port}/demo/?layout=bar&lang=ar&theme=${theme}`);
      await page.locator('keks-banner [part~="accept"]').waitFor();
      await page.screenshot({ path: `${out}/bar-rtl-${theme}-${width}.png` });
      await page.goto(`http://127.0.0.1:${port}/demo/clanek.html?theme=${theme}`);
      await page.locator('keks-banner [part~="preferences"]').click();
      await page.locator('keks-preferences dialog[open]').waitFor();
      await page.locator('keks-preferences [aria-controls="x-analytics"]').click();
      await page.screenshot({ path: `${out}/preferences-${theme}-${width}.png` });
      await page.keyboard.press('Escape');
      await page.locator('keks-banner [part~="reject"]').click();
      await page.screenshot({ path: `${out}/after-reject-${theme}-${width}.png` });
      await context.close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  server.kill();
}

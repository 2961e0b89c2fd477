// The floating button for a returning visitor, through the built dist/cdn: the loader shows a stand-in
// (keks-fab.js and the words of one language, keks-fab-<lang>.js) and downloads neither the UI nor a locale
// until the visitor uses it; then the UI's own button takes its place, in the same spot, with no layout shift.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, newPage, runAxe, e2eSuite } from '../harness/index';

const PAGE = '/test/e2e/pages/loader/floating.html';

const e2e = e2eSuite();

type W = { Keks: import('../../../src/api-types').KeksApi; __shifts: number[] };

/** The UI and its locales: everything a returning visitor must not download before touching the button. */
const uiRequests = () => e2e.server.requestsTo('127.0.0.1', '/dist/cdn/keks-ui').map((r) => r.path);
const standIn = (p: Page) => p.locator('keks-fab button');
const realButton = (p: Page) => p.locator('keks-floating-button button');

/** A visitor who rejected on an earlier visit, now on a new page view; layout shifts recorded from the start. */
async function returning(opts: Parameters<typeof newPage>[1] = {}): Promise<Page> {
  e2e.tp = await newPage(e2e.browser, opts);
  const { page, context } = e2e.tp;
  await context.addInitScript(() => {
    const w = window as unknown as W;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(e2e.server.url(PAGE));
  await page.evaluate(() => (window as unknown as W).Keks.rejectAll('banner'));
  await expect.poll(async () => (await context.cookies()).some((c) => c.name == 'keks'), { timeout: 15000 }).toBe(true);
  e2e.server.clear();
  await page.reload();
  await standIn(page).waitFor({ timeout: 15000 });
  return page;
}

it('a returning visitor sees the stand-in, named with the state, and downloads neither the UI nor a locale', async () => {
  const page = await returning();
  await page.waitForLoadState('networkidle');
  expect(await standIn(page).getAttribute('aria-label')).toBe('Cookie settings: Necessary');
  expect(await standIn(page).getAttribute('title')).toBe('Cookie settings: Necessary');
  const paths = e2e.server.requestsTo('127.0.0.1', '/dist/cdn/').map((r) => r.path);
  expect(paths).toContain('/dist/cdn/keks-fab.js');
  expect(paths).toContain('/dist/cdn/keks-fab-en.js');
  expect(uiRequests()).toEqual([]);
  // Where the UI's button sits by default: the bottom-left corner, 16 px in, 48 px square.
  const box = (await standIn(page).boundingBox())!;
  const height = page.viewportSize()!.height;
  expect([box.x, box.width, box.height, Math.round(box.y + box.height)]).toEqual([16, 48, 48, height - 16]);
  // A decision made elsewhere (another control of the site) shows in its name at once.
  await page.evaluate(() => (window as unknown as W).Keks.acceptAll('api'));
  await expect
    .poll(() => standIn(page).getAttribute('aria-label'))
    .toBe('Cookie settings: Necessary, Preferences, Analytics, Marketing');
  expect(uiRequests()).toEqual([]);
  expect(e2e.tp!.errors).toEqual([]);
});

it('Enter on the stand-in opens the preferences with focus inside; the UI button replaces it in place, no shift', async () => {
  const page = await returning();
  const before = (await standIn(page).boundingBox())!;
  await standIn(page).focus();
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('keks-fab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('keks-preferences dialog[open]').count(), { timeout: 15000 }).toBe(1);
  // Focus moved into the dialog (WCAG 2.4.3).
  await expect
    .poll(() =>
      page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return !!el?.closest('dialog[open]');
      }),
    )
    .toBe(true);
  expect(uiRequests()).toContain('/dist/cdn/keks-ui.js');
  // One button: the stand-in is gone, the UI's own is exactly where it was.
  expect(await page.locator('keks-fab').count()).toBe(0);
  expect(await realButton(page).count()).toBe(1);
  expect(await realButton(page).boundingBox()).toEqual(before);
  expect(await realButton(page).getAttribute('aria-label')).toBe('Cookie settings: Necessary');
  expect(await page.evaluate(() => (window as unknown as W).__shifts)).toEqual([]);
  // Escape: focus returns to the button that now stands there.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('keks-preferences dialog[open]').count()).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('keks-floating-button');
  expect(e2e.tp!.errors).toEqual([]);
});

it('Space on the stand-in opens the preferences too', async () => {
  const page = await returning();
  await standIn(page).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('keks-preferences dialog[open]').count(), { timeout: 15000 }).toBe(1);
  expect(await page.locator('keks-fab').count()).toBe(0);
  expect(e2e.tp!.errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const)
  it(`axe finds nothing with the stand-in, ${colorScheme} theme, and it has the UI button's colours and focus ring`, async () => {
    const page = await returning({ context: { colorScheme, reducedMotion: 'reduce' } });
    await standIn(page).focus();
    const v = await runAxe(page);
    expect(v, formatViolations(v)).toEqual([]);
    const look = (l: ReturnType<typeof standIn>) =>
      l.evaluate((b) => {
        const s = getComputedStyle(b);
        return [s.backgroundColor, s.color, s.borderColor, s.borderRadius, s.boxShadow, s.outline, s.outlineOffset];
      });
    const own = await look(standIn(page));
    expect(own[0]).toBe(colorScheme == 'dark' ? 'rgb(138, 180, 248)' : 'rgb(11, 87, 208)');
    // The UI's button, focused the same way, looks the same.
    await page.evaluate(() => (window as unknown as W).Keks.showPreferences());
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('keks-fab').count(), { timeout: 15000 }).toBe(0);
    // Closing the panel hands focus back to the button; only then is the keyboard focus below the last word.
    await expect.poll(() => page.locator('keks-preferences dialog[open]').count(), { timeout: 15000 }).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.localName), { timeout: 15000 })
      .toBe('keks-floating-button');
    // Reached by keyboard (so :focus-visible applies), and again on every try: on a busy machine a late
    // focus move (the closing panel's) can still land after the keys.
    await expect
      .poll(
        async () => {
          await realButton(page).focus();
          await page.keyboard.press('Shift+Tab');
          await page.keyboard.press('Tab');
          return look(realButton(page));
        },
        { timeout: 15000 },
      )
      .toEqual(own);
    expect(e2e.tp!.errors).toEqual([]);
  });

it('holds at 320 px: inside the viewport, no horizontal scroll, a 48 px target', async () => {
  const page = await returning({ viewport: { width: 320, height: 640 } });
  const box = (await standIn(page).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect([box.width, box.height]).toEqual([48, 48]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  expect(e2e.tp!.errors).toEqual([]);
});

it('right corner, dark theme, Czech: named like the UI names it; moves off a focused control in its corner and back', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page, context } = e2e.tp;
  await page.goto(e2e.server.url('/test/e2e/pages/loader/floating-right.html'));
  await page.evaluate(() => (window as unknown as W).Keks.save({ categories: ['video'] }, 'banner'));
  await expect.poll(async () => (await context.cookies()).some((c) => c.name == 'keks'), { timeout: 15000 }).toBe(true);
  e2e.server.clear();
  await page.reload();
  await standIn(page).waitFor({ timeout: 15000 });
  // The built-in title in Czech (from keks-fab-cs.js), then the site's own Czech title.
  expect(await standIn(page).getAttribute('aria-label')).toBe('Nastavení cookies: Nezbytné, Videa');
  expect(e2e.server.requestsTo('127.0.0.1', '/dist/cdn/keks-fab-cs.js')).toHaveLength(1);
  expect(uiRequests()).toEqual([]);
  expect(await standIn(page).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(138, 180, 248)');
  const width = page.viewportSize()!.width;
  const home = (await standIn(page).boundingBox())!;
  expect(home.x).toBe(width - 16 - 48);
  // A focused page control under it (WCAG 2.4.11): the stand-in moves to the other corner, and back when focus leaves.
  await page.locator('#corner').focus();
  await expect.poll(async () => (await standIn(page).boundingBox())!.x).toBe(16);
  await page.locator('h1').evaluate((h) => ((h as HTMLElement).tabIndex = -1));
  await page.locator('h1').focus();
  await expect.poll(async () => (await standIn(page).boundingBox())!.x).toBe(width - 16 - 48);
  const v = await runAxe(page);
  expect(v, formatViolations(v)).toEqual([]);
  expect(e2e.tp.errors).toEqual([]);
});

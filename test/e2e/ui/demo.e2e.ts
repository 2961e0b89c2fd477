// The demo site end to end: built files (dist/cdn) served over HTTP under the demo's strict CSP.
// Run `npx rollup -c` first.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import cs from '../../../src/i18n/locales/cs';
import en from '../../../src/i18n/locales/en';
import { STRICT_CSP, formatViolations, newPage, runAxe, e2eSuite } from '../harness/index';

const e2e = e2eSuite({ server: { csp: STRICT_CSP } });

const banner = (page: Page) => page.locator('keks-banner [part~="banner"]');
const prefsDialog = (page: Page) => page.locator('keks-preferences dialog');
const runs = (page: Page) => page.evaluate(() => (window as { keksDemoRuns?: string[] }).keksDemoRuns ?? []);
const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name).sort();

it('a first visit shows the Czech banner, and nothing non-essential runs or is stored', async () => {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.page.goto(e2e.server.url('/demo/'));
  await expect.poll(() => banner(e2e.tp!.page).isVisible()).toBe(true);
  expect(await e2e.tp.page.locator('keks-banner [part~="title"]').textContent()).toBe(cs.banner.title);
  // First in <body>: early in the reading order.
  expect(await e2e.tp.page.evaluate(() => document.body.firstElementChild?.localName)).toBe('keks-banner');
  expect(await runs(e2e.tp.page)).toEqual([]);
  expect(await cookieNames(e2e.tp.page)).toEqual([]);
  expect(e2e.tp.errors).toEqual([]);
});

it('English pages get the English banner', async () => {
  e2e.tp = await newPage(e2e.browser);
  await e2e.tp.page.goto(e2e.server.url('/demo/en/'));
  await expect.poll(() => e2e.tp!.page.locator('keks-banner [part~="reject"]').textContent()).toBe(en.banner.rejectAll);
  expect(e2e.tp.errors).toEqual([]);
});

it('Reject is remembered across pages; nothing runs; the floating button shows the state', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page } = e2e.tp;
  await page.goto(e2e.server.url('/demo/'));
  await page.locator('keks-banner [part~="reject"]').click();
  await expect.poll(() => banner(page).isVisible()).toBe(false);
  await page.locator('a', { hasText: 'Článek' }).first().click();
  await page.waitForURL(/clanek\.html/);
  const fab = page.locator('keks-floating-button button');
  await fab.waitFor();
  expect(await banner(page).count()).toBe(0);
  expect(await fab.getAttribute('aria-label')).toBe(`${cs.floatingButton}: ${cs.categories.necessary.title}`);
  expect(await runs(page)).toEqual([]);
  expect(await cookieNames(page)).toEqual(['keks']);
  expect(e2e.tp.errors).toEqual([]);
});

it('the footer [data-keks-open] link shows the current state; Save releases exactly what is shown; focus returns', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page } = e2e.tp;
  await page.goto(e2e.server.url('/demo/'));
  await page.locator('keks-banner [part~="reject"]').click();
  const link = page.locator('footer [data-keks-open]');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(true);
  expect(page.url()).not.toContain('zasady-cookies');
  expect(await page.locator('keks-preferences #c-necessary').isChecked()).toBe(true);
  expect(await page.locator('keks-preferences #c-necessary').isDisabled()).toBe(true);
  expect(await page.locator('keks-preferences #c-analytics').isChecked()).toBe(false);
  expect(await page.locator('keks-preferences [part="record"]').textContent()).toContain(cs.preferences.consentId);
  await page.locator('keks-preferences [aria-controls="x-analytics"]').click();
  expect(await prefsDialog(page).textContent()).toContain('Čína (CN)');
  await page.locator('keks-preferences label[for="s-ga"]').click();
  await page.locator('keks-preferences [part~="save"]').click();
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(false);
  await expect.poll(() => runs(page)).toEqual(['Google Analytics']);
  expect(await page.locator('keks-preferences [role="status"]').textContent()).toBe(cs.preferences.saved);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-keks-open'))).toBe('');
  // Another page: the panel reopens with what was saved.
  await page.goto(e2e.server.url('/demo/clanek.html'));
  await expect.poll(() => runs(page)).toEqual(['Google Analytics']);
  await page.locator('keks-floating-button button').click();
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(true);
  expect(await page.locator('keks-preferences #c-analytics').isChecked()).toBe(true);
  await page.locator('keks-preferences [aria-controls="x-analytics"]').click();
  expect(await page.locator('keks-preferences #s-ga').isChecked()).toBe(true);
  expect(await page.locator('keks-preferences #s-baidu').isChecked()).toBe(false);
  expect(e2e.tp.errors).toEqual([]);
});

it('the floating button opens the preferences by keyboard; Escape records nothing and focus returns to it', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page } = e2e.tp;
  await page.goto(e2e.server.url('/demo/'));
  await page.locator('keks-banner [part~="reject"]').click();
  const fab = page.locator('keks-floating-button button');
  await fab.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(true);
  const before = (await page.context().cookies()).find((c) => c.name == 'keks')!.value;
  await page.keyboard.press('Escape');
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.localName)).toBe('keks-floating-button');
  expect((await page.context().cookies()).find((c) => c.name == 'keks')!.value).toBe(before);
  // Withdrawal in two activations: open, Reject all.
  await fab.click();
  await page.locator('keks-preferences [part~="reject"]').click();
  expect(await runs(page)).toEqual([]);
  expect(e2e.tp.errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const)
  for (const layout of ['box', 'bar', 'modal'])
    it(`axe: demo page with the ${layout} banner and the preferences, ${theme} theme`, async () => {
      e2e.tp = await newPage(e2e.browser, { colorScheme: theme, reducedMotion: 'reduce' } as never);
      const { page } = e2e.tp;
      await page.goto(e2e.server.url(`/demo/?layout=${layout}&theme=${theme}`));
      await banner(page).waitFor();
      let v = await runAxe(page);
      expect(v, formatViolations(v)).toEqual([]);
      await page.locator('keks-banner [part~="preferences"]').click();
      await expect.poll(() => prefsDialog(page).isVisible()).toBe(true);
      for (const b of await page.locator('keks-preferences [part~="details"]').all()) await b.click();
      v = await runAxe(page);
      expect(v, formatViolations(v)).toEqual([]);
      expect(e2e.tp.errors).toEqual([]);
    });

it('320 px: no horizontal scroll with the banner or the preferences; the panel scrolls', async () => {
  e2e.tp = await newPage(e2e.browser, { viewport: { width: 320, height: 640 } });
  const { page } = e2e.tp;
  await page.goto(e2e.server.url('/demo/?layout=bar'));
  await banner(page).waitFor();
  const noHScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
  expect(await noHScroll()).toBe(true);
  await page.locator('keks-banner [part~="preferences"]').click();
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(true);
  expect(await noHScroll()).toBe(true);
  const dims = await prefsDialog(page).evaluate((d) => ({
    sh: d.scrollHeight,
    ch: d.clientHeight,
    sw: d.scrollWidth,
    cw: d.clientWidth,
  }));
  expect(dims.sh).toBeGreaterThan(dims.ch);
  expect(dims.sw).toBeLessThanOrEqual(dims.cw);
  // Every control is reachable: the last button scrolls into view and works.
  await page.locator('keks-preferences [part~="save"]').click();
  await expect.poll(() => prefsDialog(page).isVisible()).toBe(false);
  expect(e2e.tp.errors).toEqual([]);
});

// The demo's cookie-policy pages with <keks-declaration>, built files under the strict CSP: the declaration
// renders the config in Czech and English, its switches write consent, another tab follows, the banner
// is a bar there, a returning visitor still gets the declaration, and the page is axe-clean.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  STRICT_CSP,
  formatViolations,
  launchBrowser,
  newPage,
  runAxe,
  type TestPage,
  type TestServer,
  startServer,
} from '../harness/index';

let server: TestServer, browser: Browser, tp: TestPage | undefined;
beforeAll(async () => {
  server = await startServer({ csp: STRICT_CSP });
  browser = await launchBrowser({ port: server.port });
});
afterEach(async () => {
  await tp?.close();
  tp = undefined;
  server.clear();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const declaration = (page: Page) => page.locator('keks-declaration');
/** The declaration's rendered text (its shadow root; locators pierce it, textContent does not). */
const declText = (page: Page) =>
  declaration(page).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
const consentCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name == 'keks')?.value;

it('the Czech cookie policy declares every service with Czech country names; the banner is a bar', async () => {
  tp = await newPage(browser);
  const { page } = tp;
  await page.goto(server.url('/demo/zasady-cookies.html'));
  await expect.poll(() => declaration(page).locator('h4').count(), { timeout: 20_000 }).toBeGreaterThan(2);
  const text = await declText(page);
  expect(text).toContain('Baidu Tongji');
  expect(text).toContain('Čína (CN)');
  expect(text).toContain('Singapur (SG)');
  expect(text).toContain('Zatím jste se nerozhodli');
  await expect.poll(() => page.locator('keks-banner').getAttribute('layout')).toBe('bar');
  const v = await runAxe(page);
  expect(v, formatViolations(v)).toEqual([]);
  expect(tp.errors).toEqual([]);
});

it('a switch in the declaration records consent, and another tab follows live', async () => {
  tp = await newPage(browser);
  const { page, context } = tp;
  await page.goto(server.url('/demo/en/cookie-policy.html'));
  await expect.poll(() => declaration(page).locator('#kd-cs-analytics').count(), { timeout: 20_000 }).toBe(1);
  expect(await declText(page)).toContain('China (CN)');
  const other = await context.newPage();
  await other.goto(server.url('/demo/en/cookie-policy.html'));
  await expect.poll(() => declaration(other).locator('#kd-cs-analytics').count(), { timeout: 20_000 }).toBe(1);
  await declaration(page).locator('#kd-cs-analytics').check();
  await expect.poll(() => consentCookie(page)).toBeTruthy();
  await expect.poll(() => declaration(other).locator('#kd-cs-analytics').isChecked(), { timeout: 15_000 }).toBe(true);
  expect(await declaration(other).locator('#kd-cs-marketing').isChecked()).toBe(false);
  // Withdraw in the second tab: the first follows.
  await declaration(other).locator('[part~="withdraw"]').click();
  await expect.poll(() => declaration(page).locator('#kd-cs-analytics').isChecked(), { timeout: 15_000 }).toBe(false);
  expect(tp.errors).toEqual([]);
});

it('a returning visitor gets the declaration (the loader loads the UI for it), with the consent id', async () => {
  tp = await newPage(browser);
  const { page } = tp;
  await page.goto(server.url('/demo/en/'));
  await page.locator('keks-banner [part~="reject"]').click();
  await expect.poll(() => consentCookie(page)).toBeTruthy();
  await page.goto(server.url('/demo/en/cookie-policy.html'));
  await expect.poll(() => declaration(page).locator('[part~="withdraw"]').count(), { timeout: 20_000 }).toBe(1);
  const id = decodeURIComponent((await consentCookie(page))!).split('~')[2];
  expect(await declText(page)).toContain(id);
  expect(
    await page
      .locator('keks-banner [part~="banner"]')
      .isVisible()
      .catch(() => false),
  ).toBe(false);
  expect(tp.errors).toEqual([]);
});

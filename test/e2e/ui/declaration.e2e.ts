// The demo's cookie-policy pages with <keks-declaration>, built files under the strict CSP: the declaration
// renders the config in Czech and English, its switches write consent, another tab follows, the banner
// is a bar there, a returning visitor still gets the declaration, and the page is axe-clean.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { STRICT_CSP, formatViolations, newPage, runAxe, e2eSuite } from '../harness/index';

const e2e = e2eSuite({ server: { csp: STRICT_CSP } });

const declaration = (page: Page) => page.locator('keks-declaration');
/** The declaration's rendered text (its shadow root; locators pierce it, textContent does not). */
const declText = (page: Page) =>
  declaration(page).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
const consentCookie = async (page: Page) => (await page.context().cookies()).find((c) => c.name == 'keks')?.value;

it('the Czech cookie policy declares every service with Czech country names; the banner is a bar', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page } = e2e.tp;
  await page.goto(e2e.server.url('/demo/zasady-cookies.html'));
  await expect.poll(() => declaration(page).locator('h4').count(), { timeout: 20_000 }).toBeGreaterThan(2);
  const text = await declText(page);
  expect(text).toContain('Baidu Tongji');
  expect(text).toContain('Čína (CN)');
  expect(text).toContain('Singapur (SG)');
  expect(text).toContain('Zatím jste se nerozhodli');
  await expect.poll(() => page.locator('keks-banner').getAttribute('layout')).toBe('bar');
  const v = await runAxe(page);
  expect(v, formatViolations(v)).toEqual([]);
  expect(e2e.tp.errors).toEqual([]);
});

it('a switch in the declaration records consent, and another tab follows live', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page, context } = e2e.tp;
  await page.goto(e2e.server.url('/demo/en/cookie-policy.html'));
  await expect.poll(() => declaration(page).locator('#kd-cs-analytics').count(), { timeout: 20_000 }).toBe(1);
  expect(await declText(page)).toContain('China (CN)');
  const other = await context.newPage();
  await other.goto(e2e.server.url('/demo/en/cookie-policy.html'));
  await expect.poll(() => declaration(other).locator('#kd-cs-analytics').count(), { timeout: 20_000 }).toBe(1);
  await declaration(page).locator('#kd-cs-analytics').check();
  await expect.poll(() => consentCookie(page)).toBeTruthy();
  await expect.poll(() => declaration(other).locator('#kd-cs-analytics').isChecked(), { timeout: 15_000 }).toBe(true);
  expect(await declaration(other).locator('#kd-cs-marketing').isChecked()).toBe(false);
  // Withdraw in the second tab: the first follows.
  await declaration(other).locator('[part~="withdraw"]').click();
  await expect.poll(() => declaration(page).locator('#kd-cs-analytics').isChecked(), { timeout: 15_000 }).toBe(false);
  expect(e2e.tp.errors).toEqual([]);
});

it('a returning visitor gets the declaration (the loader loads the UI for it), with the consent id', async () => {
  e2e.tp = await newPage(e2e.browser);
  const { page } = e2e.tp;
  await page.goto(e2e.server.url('/demo/en/'));
  await page.locator('keks-banner [part~="reject"]').click();
  await expect.poll(() => consentCookie(page)).toBeTruthy();
  await page.goto(e2e.server.url('/demo/en/cookie-policy.html'));
  await expect.poll(() => declaration(page).locator('[part~="withdraw"]').count(), { timeout: 20_000 }).toBe(1);
  const id = decodeURIComponent((await consentCookie(page))!).split('~')[2];
  expect(await declText(page)).toContain(id);
  expect(
    await page
      .locator('keks-banner [part~="banner"]')
      .isVisible()
      .catch(() => false),
  ).toBe(false);
  expect(e2e.tp.errors).toEqual([]);
});

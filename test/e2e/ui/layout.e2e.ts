// Layout regressions found by trying Keks as a newcomer, at phone and desktop sizes, with the built files
// (dist/cdn; run `npx rollup -c` first): an embed placeholder under the banner must not take its taps, nor paint
// over the site's sticky header; the floating button moves off page controls; the policy links are apart.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, e2eSuite } from '../harness/index';

const e2e = e2eSuite();

const SIZES = [
  { name: 'phone 390', width: 390, height: 844 },
  { name: 'phone 320', width: 320, height: 640 },
  { name: 'desktop', width: 1280, height: 800 },
];

async function open(width: number, height: number): Promise<Page> {
  e2e.tp = await newPage(e2e.browser, { viewport: { width, height } });
  await e2e.tp.page.goto(e2e.server.url('/test/e2e/pages/ui/embeds.html'));
  await e2e.tp.page.locator('keks-banner [part~="accept"]').waitFor();
  await e2e.tp.page.locator('keks-placeholder [part~="always-allow"]').first().waitFor();
  return e2e.tp.page;
}

/** Centre of an element (shadow-piercing selector) in viewport coordinates. */
const centre = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });

/** The element a tap at (x, y) reaches, looking into open shadow roots; described as `tag[part]`. */
const hit = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([x, y]) => {
      let el: Element | null = document.elementFromPoint(x, y);
      while (el?.shadowRoot) {
        const inner: Element | null = el.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner == el) break;
        el = inner;
      }
      const host = (el?.getRootNode() as ShadowRoot).host;
      return `${host ? host.localName + ' > ' : ''}${el?.localName}${el?.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`;
    },
    [x, y],
  );

/** Scroll so that the first placeholder's middle sits at viewport height `y`. */
const placeholderTo = (page: Page, y: number) =>
  page.evaluate((y) => {
    const r = document.querySelector('keks-placeholder')!.getBoundingClientRect();
    scrollBy(0, r.top + r.height / 2 - y);
  }, y);

describe.each(SIZES)('$name', ({ width, height }) => {
  it("the banner's buttons take taps with an embed placeholder under them", async () => {
    const page = await open(width, height);
    for (const part of ['accept', 'reject', 'preferences']) {
      const c = await centre(page, `keks-banner [part~="${part}"]`);
      await placeholderTo(page, c.y);
      const under = await page.evaluate(
        ([x, y]) => document.elementsFromPoint(x, y).map((e) => e.localName),
        [c.x, c.y],
      );
      // The placeholder really is under the button (else the test proves nothing) ...
      expect(under).toContain('keks-placeholder');
      // ... and the tap reaches the button.
      expect(await hit(page, c.x, c.y)).toBe(`keks-banner > button[button ${part}]`);
    }
    const c = await centre(page, 'keks-banner [part~="reject"]');
    await page.mouse.click(c.x, c.y);
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as { Keks?: { getConsent(): { source: string | null } } }).Keks!.getConsent().source,
        ),
      )
      .toBe('banner');
    expect(e2e.tp!.errors).toEqual([]);
  });

  it("the placeholder stacks like content: under the site's sticky header", async () => {
    const page = await open(width, height);
    const header = await centre(page, 'header.site');
    await placeholderTo(page, header.y);
    const under = await page.evaluate(
      ([x, y]) => document.elementsFromPoint(x, y).map((e) => e.localName),
      [header.x, header.y],
    );
    expect(under).toContain('keks-placeholder');
    expect(await hit(page, header.x, header.y)).toBe('header');
  });

  it('the two policy links in the banner are apart, not one run of text', async () => {
    const page = await open(width, height);
    const boxes = await page.locator('keks-banner [part~="links"] a').evaluateAll((links) =>
      links.map((a) => {
        const r = a.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes).toHaveLength(2);
    const [a, b] = boxes;
    const sameLine = a.top < b.bottom && b.top < a.bottom;
    // Side by side with a clear gap (≥ 16 px), or on lines of their own.
    if (sameLine) expect(b.left - a.right).toBeGreaterThanOrEqual(16);
    else expect(b.top).toBeGreaterThanOrEqual(a.bottom);
  });

  it('the floating button moves off a page control scrolled or focused under it, honours an offset, and comes back', async () => {
    const page = await open(width, height);
    await page.locator('keks-banner [part~="reject"]').click();
    const fab = page.locator('keks-floating-button button');
    await fab.waitFor();
    const box = () => fab.evaluate((b) => b.getBoundingClientRect().toJSON() as DOMRect);
    const home = await box();
    expect(Math.round(home.left)).toBe(16);
    expect(Math.round(height - home.bottom)).toBe(16);

    // The placeholder's "Always allow" button scrolled right under the floating button.
    const control = 'keks-placeholder [part~="always-allow"]';
    /** How far the button reaches into the control, in px (0: apart). */
    const overlap = async () => {
      const b = await box();
      return page
        .locator(control)
        .first()
        .evaluate((el, b) => {
          const r = el.getBoundingClientRect();
          const x = Math.min(r.right, b.right) - Math.max(r.left, b.left);
          const y = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
          return x > 0 && y > 0 ? Math.min(x, y) : 0;
        }, b);
    };
    await page
      .locator(control)
      .first()
      .evaluate((el, home) => {
        const r = el.getBoundingClientRect();
        scrollBy(0, r.top + r.height / 2 - (home.top + home.height / 2));
      }, home);
    await expect.poll(async () => (await box()).left).toBeGreaterThan(width / 2);
    // At 320 px the wide button may leave a sliver at its edge; never more.
    expect(await overlap()).toBeLessThanOrEqual(4);
    const c = await centre(page, control);
    expect(await hit(page, c.x, c.y)).toBe('keks-placeholder > button[button always-allow]');

    // Scrolled away: back in its own corner.
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(async () => Math.round((await box()).left)).toBe(16);

    // Focus: a link that comes to lie under the button (here: the page moves it, no scroll) is uncovered as it
    // takes focus (WCAG 2.4.11).
    await page.locator('#plain').evaluate((el, home) => {
      Object.assign(el.style, { position: 'fixed', left: `${home.left}px`, top: `${home.top}px`, padding: '12px' });
    }, home);
    expect(Math.round((await box()).left)).toBe(16);
    await page.locator('#plain').focus();
    await expect.poll(async () => (await box()).left).toBeGreaterThan(width / 2);
    const link = await centre(page, '#plain');
    expect(await hit(page, link.x, link.y)).toBe('a');
    await page.locator('#plain').evaluate((el) => {
      el.removeAttribute('style');
      el.blur();
    });

    // A site's own offset (e.g. above its chat button) through a custom property.
    await page.evaluate(() => scrollTo(0, 1));
    await expect.poll(async () => Math.round((await box()).left)).toBe(16);
    await page.evaluate(() => document.documentElement.style.setProperty('--keks-floating-button-bottom', '88px'));
    await expect.poll(async () => Math.round(height - (await box()).bottom)).toBe(88);
    expect(e2e.tp!.errors).toEqual([]);
  });
});

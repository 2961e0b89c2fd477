import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resolveConfig } from '../../../src/config.js';
import en from '../../../src/i18n/locales/en.js';
import type { KeksBanner } from '../../../src/ui/banner.js';
import { defineBanner, defineFloatingButton, definePreferences } from '../../../src/ui/define.js';
import { demoConfig, fakeApi } from './fake-api.js';

defineBanner();
const config = resolveConfig(demoConfig);
const consent = {
  ...fakeApi(demoConfig).getConsent(),
  decided: true,
  id: 'abc',
  lastDecision: 0,
  firstDecision: 0,
  gpc: ['marketing'],
};

/** WCAG 2.2 AA rule set; `region` is about the page, not the widget. */
const axeOptions = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };

/** Relative luminance and contrast (WCAG 2.2 definition) of computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const s = Number(v) / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('accessibility (axe, WCAG 2.2 AA)', () => {
  before(() => definePreferences());
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const layout of ['box', 'bar', 'modal'] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const dir of ['ltr', 'rtl'] as const)
        for (const block of [false, true])
          it(`banner ${layout} ${theme} ${dir}${block ? ' blockPage' : ''}: no violations, contrast ≥ 4.5:1`, async () => {
            const el = await fixture<KeksBanner>(
              html`<keks-banner
                open
                close-button
                ?block-page=${block}
                layout=${layout}
                position=${layout == 'bar' ? 'bottom' : layout == 'box' ? 'bottom-left' : 'center'}
                theme=${theme}
                dir=${dir}
                lang=${dir == 'rtl' ? 'ar' : 'en'}
                .strings=${en}
                .privacyUrl=${'/privacy'}
                .cookiePolicyUrl=${'/cookies'}
              ></keks-banner>`,
            );
            await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
            await expect(el).to.be.accessible(axeOptions);
            const panel = el.shadowRoot!.querySelector('[part~="banner"]')!;
            const bg = getComputedStyle(panel).backgroundColor;
            for (const b of el.shadowRoot!.querySelectorAll('button:not(.x)')) {
              const s = getComputedStyle(b);
              const fill = s.backgroundColor == 'rgba(0, 0, 0, 0)' ? bg : s.backgroundColor;
              expect(contrast(s.color, fill), b.textContent!).to.be.at.least(4.5);
              // WCAG 1.4.11: the button's edge (its fill, else its border) stands out ≥ 3:1 from the surface.
              expect(Math.max(contrast(fill, bg), contrast(s.borderTopColor, bg))).to.be.at.least(3);
            }
          });

  for (const theme of ['light', 'dark'] as const)
    for (const dir of ['ltr', 'rtl'] as const)
      it(`preferences ${theme} ${dir}: no violations with every category expanded; switches and focus ring ≥ 3:1`, async () => {
        await setViewport({ width: 1280, height: 900 });
        const wrap = await fixture(
          html`<div>
            <keks-preferences
              theme=${theme}
              dir=${dir}
              .strings=${en}
              .config=${config}
              .consent=${consent}
            ></keks-preferences>
          </div>`,
        );
        const el = wrap.querySelector('keks-preferences')!;
        await el.show();
        for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="details"]')) b.click();
        await el.updateComplete;
        await expect(el).to.be.accessible(axeOptions);
        const bg = getComputedStyle(el.shadowRoot!.querySelector('dialog')!).backgroundColor;
        const off = getComputedStyle(el.shadowRoot!.querySelector('#c-analytics')!);
        const on = getComputedStyle(el.shadowRoot!.querySelector('#c-necessary')!);
        expect(contrast(off.borderTopColor, bg)).to.be.at.least(3);
        expect(contrast(on.backgroundColor, bg)).to.be.at.least(3);
        const sw = el.shadowRoot!.querySelector<HTMLElement>('#c-analytics')!;
        sw.focus();
        const ring = getComputedStyle(sw);
        // Programmatic focus after a keyboard-free test still matches :focus-visible in Chromium for inputs.
        expect(ring.outlineStyle).to.equal('solid');
        expect(contrast(ring.outlineColor, bg)).to.be.at.least(3);
        el.close();
      });

  for (const theme of ['light', 'dark'] as const)
    it(`floating button ${theme}: no violations, named with the state`, async () => {
      await defineFloatingButton();
      const el = await fixture(
        html`<keks-floating-button
          theme=${theme}
          .strings=${en}
          .config=${config}
          .consent=${consent}
        ></keks-floating-button>`,
      );
      await expect(el).to.be.accessible(axeOptions);
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.equal(`${en.floatingButton}: ${en.categories.necessary.title}`);
      const bg =
        getComputedStyle(document.body).backgroundColor == 'rgba(0, 0, 0, 0)'
          ? 'rgb(255, 255, 255)'
          : getComputedStyle(document.body).backgroundColor;
      // WCAG 1.4.11: the button (its fill or its ring) stands out from a white page ≥ 3:1, in either theme.
      const b = getComputedStyle(button);
      expect(Math.max(contrast(b.backgroundColor, bg), contrast(b.borderTopColor, bg))).to.be.at.least(3);
    });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import en from '../../../src/i18n/locales/en.js';
import type { KeksBanner } from '../../../src/ui/banner.js';
import { defineBanner } from '../../../src/ui/define.js';
import { KeksDecisionEvent, KeksOpenPreferencesEvent } from '../../../src/ui/events.js';
import { describeElement } from './describe-element.js';

defineBanner();

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const part = (el: KeksBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

async function banner(
  attrs: { layout?: string; position?: string; block?: boolean; close?: boolean; theme?: string } = {},
) {
  const el = await fixture<KeksBanner>(
    html`<keks-banner
      open
      layout=${attrs.layout ?? 'box'}
      position=${attrs.position ?? (attrs.layout == 'bar' ? 'bottom' : attrs.layout == 'modal' ? 'center' : 'bottom-right')}
      theme=${attrs.theme ?? 'light'}
      ?block-page=${attrs.block}
      ?close-button=${attrs.close}
      .strings=${en}
      .privacyUrl=${'/privacy'}
      .cookiePolicyUrl=${'/cookies'}
    ></keks-banner>`,
  );
  await el.updateComplete;
  // Measure after the entrance animation.
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
  return el;
}

describe('<keks-banner>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is a region named by its heading, with the text and both policy links', async () => {
    const el = await banner();
    const region = part(el, 'banner');
    expect(region.getAttribute('role')).to.equal('region');
    const heading = el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal(en.banner.title);
    expect(part(el, 'description').textContent).to.contain('withdraw');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([
      ['/privacy', en.banner.privacyPolicy],
      ['/cookies', en.banner.cookiePolicy],
    ]);
    expect(getComputedStyle(region).position).to.equal('fixed');
  });

  it('sends typed events: accept, reject, and open-preferences with its button as opener', async () => {
    const el = await banner();
    setTimeout(() => part(el, 'accept').click());
    const a = await oneEvent<KeksDecisionEvent>(el, 'keks-decision');
    expect(a).to.be.instanceOf(KeksDecisionEvent);
    expect(a.decision).to.equal('accept');
    setTimeout(() => part(el, 'reject').click());
    expect((await oneEvent<KeksDecisionEvent>(el, 'keks-decision')).decision).to.equal('reject');
    setTimeout(() => part(el, 'preferences').click());
    const o = await oneEvent<KeksOpenPreferencesEvent>(el, 'keks-open-preferences');
    expect(o).to.be.instanceOf(KeksOpenPreferencesEvent);
    expect(o.opener).to.equal(part(el, 'preferences'));
  });

  it('focus order follows reading order: policy links, Accept, Reject, Preferences, ×', async () => {
    const before = await fixture(html`<button>before</button>`);
    const el = await banner({ close: true });
    (before as HTMLElement).focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const a = el.shadowRoot!.activeElement as HTMLElement | null;
      order.push(a ? a.getAttribute('part')!.split(' ').pop()! : 'outside');
    }
    // The banner is not a trap: after × focus leaves it.
    expect(order).to.deep.equal(['privacy', 'cookies', 'accept', 'reject', 'preferences', 'close']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement == null).to.equal(true);
  });

  it('works with Enter and Space', async () => {
    const el = await banner();
    const got: string[] = [];
    el.addEventListener('keks-decision', (e) => got.push(e.decision));
    part(el, 'accept').focus();
    await sendKeys({ press: 'Enter' });
    part(el, 'reject').focus();
    await sendKeys({ press: 'Space' });
    expect(got).to.deep.equal(['accept', 'reject']);
  });

  for (const layout of ['box', 'bar', 'modal']) {
    for (const width of [1280, 320]) {
      it(`${layout} at ${width} px: Accept and Reject are identical buttons, side by side`, async () => {
        await setViewport({ width, height: 800 });
        const el = await banner({ layout });
        const accept = part(el, 'accept');
        const reject = part(el, 'reject');
        expect(accept.tagName).to.equal('BUTTON');
        expect(reject.tagName).to.equal('BUTTON');
        const a = accept.getBoundingClientRect();
        const r = reject.getBoundingClientRect();
        expect(Math.abs(a.width - r.width)).to.be.below(0.5);
        expect(Math.abs(a.height - r.height)).to.be.below(0.5);
        expect(a.top).to.equal(r.top);
        expect(a.width).to.be.at.least(24);
        expect(a.height).to.be.at.least(24);
        const sa = getComputedStyle(accept);
        const sr = getComputedStyle(reject);
        for (const p of [
          'font-family',
          'font-size',
          'font-weight',
          'color',
          'background-color',
          'padding',
          'border',
          'border-radius',
          'text-decoration',
        ])
          expect(sr.getPropertyValue(p), p).to.equal(sa.getPropertyValue(p));
        // 320 px: nothing sticks out of the viewport (WCAG 1.4.10 Reflow).
        expect(part(el, 'banner').getBoundingClientRect().right).to.be.at.most(width);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      });
    }
  }

  it('the optional × is labelled and records a refusal', async () => {
    const el = await banner({ close: true });
    const x = part(el, 'close');
    expect(x.getAttribute('aria-label')).to.equal(en.banner.close);
    const r = x.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    setTimeout(() => x.click());
    expect((await oneEvent<KeksDecisionEvent>(el, 'keks-decision')).decision).to.equal('reject');
  });

  it('non-blocking: no dialog, no focus trap, Escape records nothing', async () => {
    const el = await banner();
    const got: unknown[] = [];
    el.addEventListener('keks-decision', (e) => got.push(e));
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    const after = document.createElement('button');
    after.textContent = 'page';
    document.body.append(after);
    part(el, 'preferences').focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after, describeElement(document.activeElement)).to.equal(true);
    document.body.click();
    expect(got).to.deep.equal([]);
    expect(el.open).to.equal(true);
    after.remove();
  });

  it('blockPage: a modal dialog that Escape does not close and that records nothing', async () => {
    const el = await banner({ block: true, layout: 'modal' });
    const dialog = part(el, 'banner') as HTMLDialogElement;
    expect(dialog.tagName).to.equal('DIALOG');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      en.banner.title,
    );
    // Focus moves into the dialog itself: no choice is preselected.
    expect(el.shadowRoot!.activeElement == dialog).to.equal(true);
    const got: unknown[] = [];
    el.addEventListener('keks-decision', (e) => got.push(e));
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Escape' });
      await frame();
    }
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(got).to.deep.equal([]);
    el.open = false;
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
  });

  it('theme="auto" follows prefers-color-scheme; light and dark are fixed', async () => {
    const bg = (el: KeksBanner) => getComputedStyle(part(el, 'banner')).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await banner({ theme: 'auto' });
    const darkBg = bg(auto);
    expect(darkBg).to.equal(bg(await banner({ theme: 'dark' })));
    expect(bg(await banner({ theme: 'light' }))).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'light' });
    expect(bg(auto)).to.equal('rgb(255, 255, 255)');
    expect(darkBg).to.not.equal('rgb(255, 255, 255)');
  });

  it('custom properties theme every surface and button', async () => {
    const el = await banner();
    el.style.setProperty('--keks-accent', 'rgb(1, 2, 3)');
    el.style.setProperty('--keks-radius', '0px');
    expect(getComputedStyle(part(el, 'accept')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'reject')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'banner')).borderRadius).to.equal('0px');
  });

  it('prefers-reduced-motion: no entrance animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await banner();
    expect(getComputedStyle(part(el, 'banner')).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await fixture<KeksBanner>(
      html`<keks-banner open layout="box" position="bottom-right" .strings=${en}></keks-banner>`,
    );
    expect(getComputedStyle(part(moving, 'banner')).animationName).to.equal('keks-in');
  });

  it('hidden when not open; never uses style attributes (works under style-src self)', async () => {
    const el = await banner({ close: true });
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    el.open = false;
    await el.updateComplete;
    expect(part(el, 'banner').getClientRects().length).to.equal(0);
  });

  it('layouts: bar spans the bottom edge, box sits in its corner, modal is centred', async () => {
    await setViewport({ width: 1280, height: 800 });
    const bar = part(await banner({ layout: 'bar' }), 'banner').getBoundingClientRect();
    expect([bar.left, Math.round(bar.right), Math.round(bar.bottom)]).to.deep.equal([0, 1280, 800]);
    // A bar is only as tall as it needs to be, so it covers as little of the page as it can (WCAG 2.4.11).
    expect(bar.height).to.be.below(200);
    const top = part(await banner({ layout: 'bar', position: 'top' }), 'banner').getBoundingClientRect();
    expect(top.top).to.equal(0);
    const box = part(await banner({ layout: 'box', position: 'top-left' }), 'banner').getBoundingClientRect();
    expect([box.left, box.top]).to.deep.equal([16, 16]);
    const modal = part(await banner({ layout: 'modal' }), 'banner').getBoundingClientRect();
    expect(Math.abs(modal.left + modal.width / 2 - 640)).to.be.below(1);
    expect(Math.abs(modal.top + modal.height / 2 - 400)).to.be.below(1);
  });

  it('scrolls a focused page element out from behind the bar (WCAG 2.4.11)', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture(
      html`<div>
        <div class="spacer"></div>
        <button id="target">Near the bottom</button>
        <div class="spacer"></div>
      </div>`,
    );
    const [s1, s2] = page.querySelectorAll<HTMLElement>('.spacer');
    // CSSOM, not a style attribute: tests are not under the page's CSP.
    s1.style.height = '560px';
    s2.style.height = '2000px';
    const el = await banner({ layout: 'bar' });
    const target = page.querySelector<HTMLElement>('#target')!;
    scrollTo(0, 0);
    const p = part(el, 'banner').getBoundingClientRect();
    const before = target.getBoundingClientRect();
    expect(before.top).to.be.at.least(p.top); // fully behind the bar
    target.focus();
    await frame();
    const after = target.getBoundingClientRect();
    expect(after.bottom).to.be.at.most(part(el, 'banner').getBoundingClientRect().top);
  });

  it('moves to the other edge when the page cannot scroll the focused element clear', async () => {
    await setViewport({ width: 800, height: 600 });
    const page = await fixture(
      html`<div>
        <div class="spacer"></div>
        <button id="last">Last</button>
      </div>`,
    );
    page.querySelector<HTMLElement>('.spacer')!.style.height = '590px';
    const el = await banner({ layout: 'bar' });
    scrollTo(0, document.documentElement.scrollHeight);
    const target = page.querySelector<HTMLElement>('#last')!;
    target.focus();
    await frame();
    const t = target.getBoundingClientRect();
    const p = part(el, 'banner').getBoundingClientRect();
    expect(el.hasAttribute('flipped')).to.equal(true);
    expect(p.top).to.equal(0);
    expect(t.top >= p.bottom || t.bottom <= p.top).to.equal(true);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KeksConfig } from '../../../src/config.js';
import cs from '../../../src/i18n/locales/cs.js';
import en from '../../../src/i18n/locales/en.js';
import { mount } from '../../../src/ui/mount.js';
import { deepActiveElement } from '../../../src/ui/focus-return.js';
import { demoConfig, fakeApi, type FakeApi } from './fake-api.js';
import { describeElement } from './describe-element.js';

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));
let ui: ReturnType<typeof mount> | undefined;
let api: FakeApi;
const extra: Element[] = [];

function start(config: KeksConfig = demoConfig, lang = 'en') {
  document.documentElement.lang = lang;
  api = fakeApi(config);
  ui = mount(api);
  return ui;
}
/** The preferences chunk loads on first use: wait for it rather than for a fixed time. */
const prefsOpen = () =>
  waitUntil(() => document.querySelector('keks-preferences')?.isOpen, 'preferences did not open', { timeout: 5000 });
const until = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 5000 });
const banner = () => document.querySelector('keks-banner')!;
const prefs = () => document.querySelector('keks-preferences')!;
const inBanner = (part: string) => banner().shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
const inPrefs = (part: string) => prefs().shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
function add<T extends HTMLElement>(html: string): T {
  const t = document.createElement('template');
  t.innerHTML = html;
  const el = t.content.firstElementChild as T;
  document.body.append(el);
  extra.push(el);
  return el;
}

describe('mount(api)', () => {
  afterEach(() => {
    ui?.destroy();
    ui = undefined;
    extra.splice(0).forEach((el) => el.remove());
    document.documentElement.lang = 'en';
  });

  it('shows the banner as the first child of <body>, in the page language', async () => {
    add('<a href="#x">page link</a>');
    await start(demoConfig, 'cs-CZ').showBanner();
    expect(document.body.firstElementChild).to.equal(banner());
    expect(banner().lang).to.equal('cs');
    expect(banner().dir).to.equal('ltr');
    expect(banner().getAttribute('theme')).to.equal('auto');
    expect(inBanner('title').textContent).to.equal(cs.banner.title);
    expect(banner().layout).to.equal('box');
    expect(banner().position).to.equal('bottom-right');
  });

  it('Accept all → api.acceptAll("banner"); the banner hides; focus does not fall to <body>', async () => {
    add('<a href="#x">page link</a>');
    await start().showBanner();
    inBanner('accept').focus();
    inBanner('accept').click();
    expect(api.calls).to.deep.equal([['acceptAll', 'banner']]);
    expect(banner().open).to.equal(false);
    await until(() => deepActiveElement(), 'focus fell to <body>');
  });

  it('Reject all takes one activation → api.rejectAll("banner")', async () => {
    await start().showBanner();
    inBanner('reject').click();
    expect(api.calls).to.deep.equal([['rejectAll', 'banner']]);
  });

  it('the × records a refusal, not an acceptance', async () => {
    await start({ ...demoConfig, ui: { closeButton: true } }).showBanner();
    inBanner('close').click();
    expect(api.calls).to.deep.equal([['rejectAll', 'banner']]);
  });

  it('Preferences → Save sends exactly the selection from the panel and hides the banner', async () => {
    add('<a href="#x">page link</a>');
    await start().showBanner();
    inBanner('preferences').click();
    await prefsOpen();
    expect(prefs().isOpen).to.equal(true);
    prefs().shadowRoot!.querySelector<HTMLInputElement>('#c-marketing')!.click();
    await prefs().updateComplete;
    inPrefs('save').click();
    expect(api.calls).to.deep.equal([
      [
        'save',
        { categories: ['necessary', 'marketing'], services: { ga: false, baidu: false, ads: true } },
        'preferences',
      ],
    ]);
    expect(api.state.granted).to.deep.equal(['necessary', 'marketing']);
    expect(banner().open).to.equal(false);
    expect(prefs().isOpen).to.equal(false);
    await until(() => deepActiveElement(), 'focus fell to <body>');
  });

  it('the banner hides while the preferences are open and comes back, with focus on its button, when they close undecided', async () => {
    await start().showBanner();
    inBanner('preferences').focus();
    inBanner('preferences').click();
    await prefsOpen();
    expect(banner().open).to.equal(false);
    expect(getComputedStyle(banner()).display).to.equal('none');
    await sendKeys({ press: 'Escape' });
    await until(() => banner().open, 'the banner did not come back');
    expect(api.calls).to.deep.equal([]);
    await until(() => deepActiveElement() === inBanner('preferences'), 'focus did not return to Preferences');
    // A page link opening the panel while the banner shows: the same.
    const link = add<HTMLAnchorElement>('<a href="#c" data-keks-open>Cookie settings</a>');
    link.click();
    await prefsOpen();
    expect(banner().open).to.equal(false);
    prefs().close();
    await until(() => banner().open, 'the banner did not come back after a page link');
  });

  it('a decision in the preferences opened from the banner keeps the banner away and shows the floating button', async () => {
    await start({ ...demoConfig, ui: { floatingButton: true } }).showBanner();
    const fab = document.querySelector('keks-floating-button')!;
    inBanner('preferences').click();
    await prefsOpen();
    inPrefs('reject').click();
    await until(() => !prefs().isOpen, 'the panel did not close');
    await until(() => !fab.hidden, 'the floating button did not come back');
    expect(banner().open).to.equal(false);
    expect(api.calls).to.deep.equal([['rejectAll', 'preferences']]);
  });

  it('a [data-keks-open] link added later opens the preferences with the current state; Escape returns focus', async () => {
    start();
    api.acceptAll('banner');
    api.calls.length = 0;
    await tick();
    const link = add<HTMLAnchorElement>('<a href="#cookies" data-keks-open>Cookie settings</a>');
    link.focus();
    link.click();
    await prefsOpen();
    expect(prefs().isOpen).to.equal(true);
    expect(location.hash).to.not.equal('#cookies');
    expect(prefs().shadowRoot!.querySelector<HTMLInputElement>('#c-marketing')!.checked).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => document.activeElement === link, 'focus did not return to the link');
    expect(prefs().isOpen).to.equal(false);
    expect(document.activeElement === link, describeElement(document.activeElement)).to.equal(true);
    // Withdrawal in two activations: open, Reject all (as easy as giving consent, GDPR Art. 7(3)).
    link.click();
    await prefsOpen();
    inPrefs('reject').click();
    expect(api.calls).to.deep.equal([['rejectAll', 'preferences']]);
  });

  it('a non-button [data-keks-open] element opens with Enter and Space', async () => {
    start();
    await tick();
    const span = add<HTMLElement>('<span tabindex="0" role="button" data-keks-open>settings</span>');
    span.focus();
    await sendKeys({ press: 'Space' });
    await prefsOpen();
    expect(prefs().isOpen).to.equal(true);
    prefs().close();
    await until(() => document.activeElement === span, 'focus did not return to the span');
    expect(document.activeElement === span, describeElement(document.activeElement)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await prefsOpen();
    expect(prefs().isOpen).to.equal(true);
  });

  it('floating button: labelled with the state, ≥ 24 px, hidden while the banner shows, opens the preferences and gets focus back', async () => {
    await start({ ...demoConfig, ui: { floatingButton: { position: 'bottom-right' } } }).showBanner();
    const fab = document.querySelector('keks-floating-button')!;
    expect(fab.hidden).to.equal(true);
    inBanner('reject').click();
    expect(fab.hidden).to.equal(false);
    await fab.updateComplete;
    const button = fab.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal(`${en.floatingButton}: ${en.categories.necessary.title}`);
    const r = button.getBoundingClientRect();
    expect(r.width).to.be.at.least(24);
    expect(r.height).to.be.at.least(24);
    expect(Math.round(r.right)).to.equal(innerWidth - 16);
    api.acceptAll('api');
    await fab.updateComplete;
    expect(button.getAttribute('aria-label')).to.contain(en.categories.analytics.title);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await prefsOpen();
    expect(prefs().isOpen).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => deepActiveElement() === button, 'focus did not return to the floating button');
    expect(deepActiveElement() === button, describeElement(deepActiveElement())).to.equal(true);
  });

  it('setLanguage re-renders in the new language', async () => {
    const c = start();
    await c.showBanner();
    expect(inBanner('accept').textContent).to.equal(en.banner.acceptAll);
    await c.setLanguage('cs');
    await banner().updateComplete;
    expect(inBanner('accept').textContent).to.equal(cs.banner.acceptAll);
    expect(banner().lang).to.equal('cs');
  });

  it('right-to-left languages set dir="rtl" and mirror the layout', async () => {
    const config: KeksConfig = {
      ...demoConfig,
      ui: { layout: 'bar' },
      language: { strings: { ar: { dir: 'rtl', banner: { title: 'نستخدم ملفات تعريف الارتباط' } } } },
    };
    await start(config, 'ar').showBanner();
    expect(banner().dir).to.equal('rtl');
    expect(banner().lang).to.equal('ar');
    expect(inBanner('title').textContent).to.equal('نستخدم ملفات تعريف الارتباط');
    const a = inBanner('accept').getBoundingClientRect();
    const r = inBanner('reject').getBoundingClientRect();
    // Accept comes first in reading order, so in RTL it is to the right of Reject.
    expect(a.left).to.be.above(r.left);
  });

  it('a <keks-placeholder> the gate inserts after mount gets defined and dressed in the UI language', async () => {
    start(demoConfig, 'cs');
    await tick();
    const ph = add<HTMLElement & { strings?: { loadOnce: string }; info?: unknown }>(
      '<div><keks-placeholder service="ga"></keks-placeholder></div>',
    ).firstElementChild as HTMLElement & { strings?: { loadOnce: string }; info?: unknown };
    await customElements.whenDefined('keks-placeholder');
    await until(() => ph.strings, 'placeholder not dressed');
    expect(ph.strings?.loadOnce).to.equal(cs.placeholder.loadOnce);
    expect(ph.info).to.deep.equal(api.getConfig()!.services.ga);
  });

  it('never touches cookies', async () => {
    const before = document.cookie;
    await start().showBanner();
    inBanner('accept').click();
    await tick();
    expect(document.cookie).to.equal(before);
  });
});

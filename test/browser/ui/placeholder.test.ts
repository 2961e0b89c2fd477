import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import en from '../../../src/i18n/locales/en.js';
import { KeksPlaceholder, type PlaceholderService, type PlaceholderStrings } from '../../../src/ui/placeholder.js';
import { KeksAllowServiceEvent, KeksLoadOnceEvent } from '../../../src/ui/placeholder-events.js';
import { allowServiceSelection, wirePlaceholders } from '../../../src/ui/placeholder-wiring.js';
import { resolveConfig, type KeksConfig } from '../../../src/config.js';
import { sizeLike } from '../../../src/embed-box.js';
import type { ConsentSelection, ConsentSource, ConsentState, KeksApi } from '../../../src/api-types.js';

// The UI's define.ts registers it in the product; tests register it themselves, guarded.
if (!customElements.get('keks-placeholder')) customElements.define('keks-placeholder', KeksPlaceholder);

const YOUTUBE: PlaceholderService = {
  name: 'YouTube',
  provider: 'Google Ireland Limited',
  country: ['IE', 'US'],
  privacyPolicy: 'http://www.youtube.test/privacy',
};
const STRINGS: PlaceholderStrings = { ...en.placeholder, privacyPolicy: en.preferences.privacyPolicy };

/** A held iframe as the gate leaves it, with its placeholder right before it. */
async function mount(attrs = 'width="560" height="315"', info: PlaceholderService = YOUTUBE, theme = 'light') {
  const wrap = await fixture<HTMLDivElement>(
    `<div><keks-placeholder service="youtube" theme="${theme}"></keks-placeholder><iframe hidden title="YouTube video" data-src="http://www.youtube.test/embed/x" ${attrs}></iframe></div>`,
  );
  const el = wrap.querySelector('keks-placeholder')!;
  el.info = info;
  el.strings = STRINGS;
  el.locale = 'en';
  await el.updateComplete;
  return { el, held: wrap.querySelector('iframe')!, root: el.shadowRoot! };
}
const buttons = (root: ShadowRoot) => [...root.querySelectorAll('button')];

describe('keks-placeholder', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('names the service, its provider and the countries by name and code', async () => {
    const { root } = await mount();
    expect(root.querySelector('h2')!.textContent).to.equal('YouTube is blocked');
    expect(root.querySelector('[part="description"]')!.textContent).to.equal(
      'YouTube by Google Ireland Limited may set cookies and send data to Ireland (IE) and United States (US).',
    );
    expect(buttons(root).map((b) => b.textContent)).to.deep.equal(['Load once', 'Always allow YouTube']);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('http://www.youtube.test/privacy');
    expect(link.textContent).to.equal('Privacy policy');
    const group = root.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('title');
    expect(root.getElementById('title')!.tagName).to.equal('H2');
  });

  it('shows country names in the given locale', async () => {
    const { el, root } = await mount();
    el.locale = 'cs';
    await el.updateComplete;
    expect(root.querySelector('[part="description"]')!.textContent).to.contain('Irsko (IE)');
  });

  it('requests nothing from the third party', async () => {
    performance.clearResourceTimings();
    const { root } = await mount();
    await new Promise((r) => setTimeout(r, 300));
    const hits = performance.getEntriesByType('resource').filter((e) => e.name.includes('youtube.test'));
    expect(hits).to.deep.equal([]);
    expect(root.querySelectorAll('img, iframe, link, video, picture, object').length).to.equal(0);
  });

  it('renders config text as text, never as markup or another placeholder', async () => {
    const { root } = await mount(undefined, {
      ...YOUTUBE,
      name: '<img src="http://www.youtube.test/x.png"> {provider}',
      privacyPolicy: 'javascript:alert(1)',
    });
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('h2')!.textContent).to.equal(
      '<img src="http://www.youtube.test/x.png"> {provider} is blocked',
    );
    expect(root.querySelector('a'), 'a javascript: policy URL is not linked').to.equal(null);
  });

  for (const key of ['Enter', ' ']) {
    const label = key == ' ' ? 'Space' : key;
    it(`"Load once" by ${label} dispatches keks:load-once on the held element`, async () => {
      const { el, held, root } = await mount();
      const seen: Event[] = [];
      const listener = (e: Event) => seen.push(e);
      document.addEventListener('keks:load-once', listener);
      const allows: Event[] = [];
      const allowListener = (e: Event) => allows.push(e);
      document.addEventListener('keks-allow-service', allowListener);
      buttons(root)[0].focus();
      await sendKeys({ press: key });
      document.removeEventListener('keks:load-once', listener);
      document.removeEventListener('keks-allow-service', allowListener);
      expect(seen.length).to.equal(1);
      expect(seen[0]).to.be.instanceOf(KeksLoadOnceEvent);
      expect(seen[0].target).to.equal(held);
      expect((seen[0] as KeksLoadOnceEvent).service).to.equal('youtube');
      expect(seen[0].bubbles && seen[0].composed).to.equal(true);
      expect(allows).to.deep.equal([]);
      expect(el.isConnected).to.equal(true);
    });

    it(`"Always allow" by ${label} dispatches keks-allow-service for that service only`, async () => {
      const { el, root } = await mount();
      const seen: KeksAllowServiceEvent[] = [];
      const listener = (e: KeksAllowServiceEvent) => seen.push(e);
      document.addEventListener('keks-allow-service', listener);
      const onces: Event[] = [];
      const onceListener = (e: Event) => onces.push(e);
      document.addEventListener('keks:load-once', onceListener);
      buttons(root)[1].focus();
      await sendKeys({ press: key });
      document.removeEventListener('keks-allow-service', listener);
      document.removeEventListener('keks:load-once', onceListener);
      expect(seen.length).to.equal(1);
      expect(seen[0]).to.be.instanceOf(KeksAllowServiceEvent);
      expect(seen[0].target).to.equal(el);
      expect(seen[0].detail).to.deep.equal({ service: 'youtube' });
      expect(onces).to.deep.equal([]);
    });
  }

  it('shows a visible focus ring when reached by keyboard, and targets are at least 24×24 px', async () => {
    const { root } = await mount();
    const [first, second] = buttons(root);
    first.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(second);
    const style = getComputedStyle(second);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    for (const b of buttons(root)) {
      const r = b.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    }
  });

  it('takes the size of the held element from its width and height attributes', async () => {
    const { el } = await mount('width="560" height="315"');
    const r = el.getBoundingClientRect();
    expect(Math.round(r.width)).to.equal(560);
    expect(Math.round(r.height)).to.equal(315);
  });

  it('is 16:9 when the held element gives only a width, and follows a percentage width', async () => {
    const a = await mount('width="640"');
    const r = a.el.getBoundingClientRect();
    expect(Math.round(r.width)).to.equal(640);
    expect(Math.round(r.height)).to.equal(360);
    const b = await mount('width="100%"');
    expect(Math.round(b.el.getBoundingClientRect().width)).to.equal(
      Math.round(b.el.parentElement!.getBoundingClientRect().width),
    );
  });

  it('is taller than its ratio where the box is narrow, so its text fits before it is there', async () => {
    // 300 px wide: 16:9 would be 169 px, too short for the title, the description and two buttons.
    const { el, root } = await mount('width="300" height="169"');
    const host = el.getBoundingClientRect();
    expect(Math.round(host.width)).to.equal(300);
    expect(host.height).to.be.above(300);
    // The room is reserved, not filled: the content is shorter than the box, so longer text has room too.
    const content = [...root.querySelector('[part="base"]')!.children].map((c) => c.getBoundingClientRect());
    expect(content.at(-1)!.bottom - content[0]!.top).to.be.below(host.height - 32);
  });

  it('lets page CSS that sets its height lift the floor through ::before, so nothing overflows', async () => {
    const style = document.createElement('style');
    style.textContent =
      '.fixed keks-placeholder { height: 360px; aspect-ratio: auto } .fixed keks-placeholder::before { content: none }';
    document.head.append(style);
    try {
      const { el, root } = await mount('width="300" height="169"');
      const base = root.querySelector('[part="base"]')!;
      const floor = base.getBoundingClientRect().height;
      expect(floor).to.be.above(360); // the floor, before the page's rule applies
      el.parentElement!.classList.add('fixed');
      expect(el.getBoundingClientRect().height).to.equal(360);
      expect(base.getBoundingClientRect().height).to.equal(360);
    } finally {
      style.remove();
    }
  });

  it('grows rather than clipping when the text needs more room than the ratio gives', async () => {
    const { el, root } = await mount('width="200" height="40"');
    const base = root.querySelector('[part="base"]')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(host.height).to.be.at.least(base.height - 1);
    for (const b of buttons(root)) expect(b.getBoundingClientRect().bottom).to.be.at.most(host.bottom + 1);
  });

  it('has the box the gate reserved before it was defined, for every kind of size attribute', async () => {
    // The gate's reservation (gate/placeholder.ts) on a stand-in block, against the defined element.
    for (const attrs of [
      'width="560" height="315"',
      'width="300" height="169"',
      'width="480"',
      'width="100%"',
      'width="100%" height="100"',
      'height="200"',
      'width=" 640 " height="360"',
      'width="0" height="400"',
      'width="wide" height="tall"',
      'width="1px;background:red"',
    ]) {
      const { el, held } = await mount(attrs);
      const reserved = document.createElement('div');
      reserved.style.cssText = 'display:block;max-width:100%;aspect-ratio:16/9;box-sizing:border-box';
      sizeLike(held, reserved.style);
      el.parentElement!.append(reserved);
      const [a, b] = [el, reserved].map((x) => x.getBoundingClientRect());
      // Short text in a small box makes the element grow past its ratio (tested above): compare only where it fits.
      expect([Math.round(b.width), Math.round(b.height)], attrs).to.deep.equal([
        Math.round(a.width),
        Math.round(a.height),
      ]);
      expect(reserved.style.background, attrs).to.equal('');
    }
  });

  it('uses no inline style attribute or <style> element (works under style-src self)', async () => {
    const { el, root } = await mount();
    expect(el.hasAttribute('style')).to.equal(false);
    expect(root.querySelectorAll('[style], style').length).to.equal(0);
    expect(root.adoptedStyleSheets.length).to.be.at.least(2);
  });

  it('is accessible in the light theme', async () => {
    const { el } = await mount(undefined, undefined, 'light');
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const { el, root } = await mount(undefined, undefined, 'dark');
    const bg = getComputedStyle(root.querySelector('[part="base"]')!).backgroundColor;
    expect(bg).to.not.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme in the auto theme, accessibly', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { el, root } = await mount(undefined, undefined, 'auto');
    const dark = getComputedStyle(root.querySelector('[part="base"]')!).backgroundColor;
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    const light = getComputedStyle(root.querySelector('[part="base"]')!).backgroundColor;
    expect(dark).to.not.equal(light);
    await expect(el).to.be.accessible();
  });

  it('renders nothing until it has strings', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><keks-placeholder service="x"></keks-placeholder></div>`);
    const el = wrap.querySelector('keks-placeholder')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('button').length).to.equal(0);
  });
});

describe('placeholder wiring (UI side)', () => {
  const svc = {
    provider: 'Google Ireland Limited',
    purpose: 'p',
    country: ['IE', 'US'],
    privacyPolicy: 'http://www.youtube.test/privacy',
  };
  const CONFIG: KeksConfig = {
    ui: { theme: 'dark' },
    services: {
      ga: { ...svc, category: 'analytics' },
      pixel: { ...svc, category: 'marketing' },
      vimeo: { ...svc, category: 'marketing' },
      youtube: { ...svc, name: 'YouTube', category: 'marketing' },
    },
  };
  /** Just what the wiring reads and calls; consent as after "analytics on, but not Google Analytics; Vimeo on". */
  function fakeApi() {
    const config = resolveConfig(CONFIG);
    const saves: [ConsentSelection, ConsentSource | undefined][] = [];
    const state = {
      decided: true,
      granted: ['necessary', 'analytics'],
      denied: ['preferences', 'marketing'],
      grantedServices: ['vimeo'],
      deniedServices: ['ga', 'pixel', 'youtube'],
    } as Partial<ConsentState> as ConsentState;
    const api = {
      getConfig: () => config,
      getConsent: () => state,
      save: (sel: ConsentSelection, source?: ConsentSource) => void saves.push([sel, source]),
    } as Partial<KeksApi> as KeksApi;
    return { api, saves };
  }

  it('"Always allow" grants that one service and keeps every other choice, never the category', () => {
    const { api } = fakeApi();
    expect(allowServiceSelection(api, 'youtube')).to.deep.equal({
      categories: ['necessary', 'analytics'],
      services: { ga: false, vimeo: true, youtube: true },
    });
  });

  it('dresses placeholders as they upgrade, and saves with source "placeholder"', async () => {
    const { api, saves } = fakeApi();
    const wrap = await fixture<HTMLDivElement>(
      `<div><keks-placeholder-late service="youtube"></keks-placeholder-late><iframe hidden title="v" width="320" height="180"></iframe></div>`,
    );
    const loaded: { strings?: typeof en } = {};
    const wiring = wirePlaceholders(api, () => loaded.strings);
    // Defined after the gate inserted it, as in the product (the UI chunk loads later).
    customElements.define('keks-placeholder-late', class extends KeksPlaceholder {});
    const el = wrap.firstElementChild as KeksPlaceholder;
    await el.updateComplete;
    expect(el.info?.name).to.equal('YouTube');
    expect(el.shadowRoot!.querySelectorAll('button').length, 'no strings yet').to.equal(0);
    loaded.strings = en;
    wiring.refresh();
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.lang).to.equal('en');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('YouTube is blocked');
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Privacy policy');
    el.shadowRoot!.querySelectorAll('button')[1].click();
    expect(saves).to.deep.equal([
      [{ categories: ['necessary', 'analytics'], services: { ga: false, vimeo: true, youtube: true } }, 'placeholder'],
    ]);
    // "Load once" records nothing.
    el.shadowRoot!.querySelectorAll('button')[0].click();
    expect(saves.length).to.equal(1);
    wiring.stop();
    el.shadowRoot!.querySelectorAll('button')[1].click();
    expect(saves.length, 'stop() removes the listener').to.equal(1);
  });

  it('finds placeholders inside open shadow roots', async () => {
    const { api } = fakeApi();
    const wiring = wirePlaceholders(api, () => en);
    const host = await fixture<HTMLDivElement>('<div></div>');
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('keks-placeholder');
    el.setAttribute('service', 'youtube');
    root.append(el, document.createElement('iframe'));
    await el.updateComplete;
    wiring.stop();
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('YouTube is blocked');
  });
});

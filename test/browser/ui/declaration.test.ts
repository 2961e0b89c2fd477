import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { KeksConfig } from '../../../src/config.js';
import { alibabaCloudCdn, baiduTongji, googleAnalytics, hotjar } from '../../../src/services/hosts/index.js';
import { mount } from '../../../src/ui/mount.js';
import type { KeksDeclaration } from '../../../src/ui/declaration.js';
import { fakeApi, type FakeApi } from './fake-api.js';

/** A site sending data to China and Singapore: two catalogue entries, one own service. */
const config: KeksConfig = {
  ui: { cookiePolicyUrl: '/cookies', privacyPolicyUrl: '/privacy' },
  services: {
    ga: { from: googleAnalytics },
    baidu: { from: baiduTongji },
    hotjar: { from: hotjar },
    cdn: { from: alibabaCloudCdn },
    shop: {
      category: 'necessary',
      name: 'Košík',
      provider: 'Eshop s.r.o.',
      purpose: { cs: 'Udržuje obsah košíku.', en: 'Keeps the cart.' },
      country: 'CZ',
      privacyPolicy: '/privacy',
      cookies: [{ name: 'PHPSESSID', lifetime: { cs: 'relace', en: 'session' }, purpose: 'Cart' }],
    },
  },
};

const until = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 8000 });
let ui: ReturnType<typeof mount> | undefined;
let api: FakeApi;
let el: KeksDeclaration;

async function start(lang = 'en', initial = {}) {
  document.documentElement.lang = lang;
  el = document.createElement('keks-declaration');
  document.body.append(el);
  api = fakeApi(config, initial);
  ui = mount(api);
  // Defined, wired, catalogue texts loaded: the Hotjar entry's purpose is rendered.
  await until(() => el.shadowRoot?.textContent?.includes('Hotjar'), 'declaration did not render');
  await until(() => el.shadowRoot?.querySelector('[part="cookies"]') && el.details?.hotjar, 'details did not load');
  await el.updateComplete;
  return el;
}
const root = () => el.shadowRoot!;
const text = () => root().textContent!.replace(/\s+/g, ' ');
const sw = (id: string) => root().querySelector<HTMLInputElement>(`#${id}`)!;

describe('<keks-declaration>', () => {
  afterEach(async () => {
    ui?.destroy();
    ui = undefined;
    document.querySelectorAll('keks-declaration, keks-banner, keks-preferences').forEach((e) => e.remove());
    await setViewport({ width: 800, height: 600 });
  });

  it('renders every configured service in English with country names, links and cookie tables', async () => {
    await start('en');
    const t = text();
    for (const s of ['Google Analytics', 'Baidu Tongji', 'Hotjar', 'Alibaba Cloud CDN', 'Košík'])
      expect(t).to.contain(s);
    expect(t).to.contain('Beijing Baidu Netcom Science and Technology Co., Ltd.');
    expect(t).to.contain('China (CN)');
    expect(t).to.contain('Singapore (SG)');
    expect(t).to.contain('Czechia (CZ)');
    expect(t).to.contain('Measures traffic for audiences in China');
    // Catalogue lifetimes in the page language; a pattern shown as a prefix.
    expect(t).to.contain('2 years');
    expect(t).to.contain('_ga_*');
    expect(t).to.contain('Third-party cookie (hm.baidu.com)');
    expect(t).to.contain('Local storage');
    const optOut = [...root().querySelectorAll('a')].map((a) => a.href);
    expect(optOut).to.include('https://tools.google.com/dlpage/gaoptout');
  });

  it('renders in Czech with Czech country names', async () => {
    await start('cs');
    const t = text();
    expect(t).to.contain('Čína (CN)');
    expect(t).to.contain('Singapur (SG)');
    expect(t).to.contain('Měří návštěvnost pro publikum z Číny');
    expect(t).to.contain('2 roky');
    expect(t).to.contain('Cookies a úložiště služby Google Analytics');
  });

  it('uses proper table markup: caption, column and row headers', async () => {
    await start('en');
    const tables = root().querySelectorAll('table');
    expect(tables.length).to.be.greaterThan(3);
    for (const table of tables) {
      expect(table.querySelector('caption')!.textContent!.trim()).to.match(/^Cookies and storage of /);
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') == 'col')).to.equal(true);
      expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') == 'row')).to.equal(true);
    }
  });

  it('renders in full for a visitor who has not decided: everything but necessary off, no consent id', async () => {
    await start('en');
    expect(text()).to.contain('You have not made a choice yet');
    expect(sw('kd-cs-analytics').checked).to.equal(false);
    expect(sw('kd-ss-ga').checked).to.equal(false);
    expect(sw('kd-cs-necessary').checked).to.equal(true);
    expect(sw('kd-cs-necessary').disabled).to.equal(true);
    expect(root().querySelector('[part~="withdraw"]')).to.equal(null);
  });

  it('its switches change consent, and the preferences panel agrees', async () => {
    await start('en');
    sw('kd-ss-baidu').click();
    await until(() => api.calls.some((c) => c[0] == 'save'), 'no save');
    const [, selection, source] = api.calls.find((c) => c[0] == 'save')!;
    expect(source).to.equal('preferences');
    expect((selection as { categories: string[] }).categories)
      .to.include('analytics')
      .and.not.include('marketing');
    expect((selection as { services: Record<string, boolean> }).services).to.deep.include({ baidu: true, ga: false });
    await until(() => sw('kd-ss-baidu').checked && sw('kd-cs-analytics').checked, 'declaration did not update');
    expect(text()).to.contain('c0ffee-1234');
    await ui!.showPreferences(null);
    const prefs = document.querySelector('keks-preferences')!;
    await until(() => prefs.shadowRoot?.querySelector('#c-analytics'), 'preferences did not open');
    expect(prefs.shadowRoot!.querySelector<HTMLInputElement>('#c-analytics')!.checked).to.equal(true);
    expect(prefs.shadowRoot!.querySelector<HTMLInputElement>('#c-marketing')!.checked).to.equal(false);
  });

  it('updates live when consent changes elsewhere (banner, preferences, another tab)', async () => {
    await start('en');
    api.acceptAll('banner');
    await until(() => sw('kd-cs-marketing').checked && sw('kd-ss-hotjar').checked, 'accept not shown');
    api.rejectAll('preferences');
    await until(() => !sw('kd-cs-marketing').checked && !sw('kd-ss-ga').checked, 'reject not shown');
  });

  it('"Withdraw consent" denies everything and is announced', async () => {
    await start('en', {
      decided: true,
      granted: ['necessary', 'analytics'],
      grantedServices: ['ga', 'baidu', 'hotjar'],
      id: 'x-1',
      lastDecision: 1,
    });
    root().querySelector<HTMLButtonElement>('[part~="withdraw"]')!.click();
    expect(api.calls.at(-1)).to.deep.equal(['rejectAll', 'preferences']);
    await until(
      () => root().querySelector('[role="status"]')!.textContent!.includes('Consent withdrawn'),
      'not announced',
    );
    await until(() => !sw('kd-cs-analytics').checked, 'not updated');
  });

  for (const theme of ['light', 'dark'] as const)
    it(`is axe-clean in the ${theme} theme`, async () => {
      const decided = {
        decided: true,
        granted: ['necessary', 'analytics'],
        grantedServices: ['ga'],
        id: 'abc',
        lastDecision: 1,
      };
      await start('en', decided);
      el.setAttribute('theme', theme);
      (api.getConfig()!.ui as { theme: string }).theme = theme;
      await el.updateComplete;
      await expect(el).to.be.accessible({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    });

  it('has no horizontal scroll at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    await start('cs');
    const wide = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 320);
    expect(wide.map((e) => e.localName)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('has a print stylesheet that hides the controls and prints link targets', async () => {
    await start('en');
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.find((r) => r instanceof CSSMediaRule && r.conditionText == 'print') as CSSMediaRule;
    expect(print, 'no @media print').to.exist;
    const css = [...print.cssRules].map((r) => r.cssText).join('\n');
    expect(css).to.match(/button[^{]*\{[^}]*display: none/);
    expect(css).to.contain('attr(href)');
  });
});

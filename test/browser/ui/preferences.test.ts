import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConsentState } from '../../../src/api-types.js';
import { resolveConfig } from '../../../src/config.js';
import cs from '../../../src/i18n/locales/cs.js';
import en from '../../../src/i18n/locales/en.js';
import { definePreferences } from '../../../src/ui/define.js';
import type { KeksDecisionEvent, KeksRequestCloseEvent } from '../../../src/ui/events.js';
import { deepActiveElement } from '../../../src/ui/focus-return.js';
import type { KeksPreferences } from '../../../src/ui/preferences.js';
import { demoConfig, fakeApi } from './fake-api.js';
import { describeElement } from './describe-element.js';

const config = resolveConfig(demoConfig);
const undecided = fakeApi(demoConfig).getConsent();
const decided: ConsentState = {
  ...undecided,
  decided: true,
  granted: ['necessary', 'analytics'],
  denied: ['preferences', 'marketing'],
  grantedServices: ['ga'],
  deniedServices: ['baidu', 'ads'],
  id: 'abc-123-def',
  firstDecision: Date.UTC(2026, 0, 2, 9, 0),
  lastDecision: Date.UTC(2026, 0, 2, 9, 0),
  source: 'preferences',
};

const q = <T extends HTMLElement = HTMLElement>(el: KeksPreferences, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel)!;
const sw = (el: KeksPreferences, id: string) => q<HTMLInputElement>(el, `#${id}`);
const dialog = (el: KeksPreferences) => q<HTMLDialogElement>(el, 'dialog');

let opener: HTMLButtonElement;

/** Resolves after the dialog's `close` event (queued after close()), where focus is restored. */
const closed = (el: KeksPreferences) =>
  new Promise<void>((resolve) => dialog(el).addEventListener('close', () => setTimeout(resolve), { once: true }));

async function panel(consent: ConsentState = undecided, strings = en) {
  await definePreferences();
  const wrap = await fixture(
    html`<div>
      <button id="opener">Cookie settings</button>
      <keks-preferences theme="light" .strings=${strings} .config=${config} .consent=${consent}></keks-preferences>
    </div>`,
  );
  opener = wrap.querySelector('#opener')!;
  opener.focus();
  const el = wrap.querySelector('keks-preferences')!;
  await el.show(opener);
  return el;
}

async function expand(el: KeksPreferences, category: string) {
  q(el, `[aria-controls="x-${category}"]`).click();
  await el.updateComplete;
}

describe('<keks-preferences>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('is a modal dialog named by its heading; focus moves in and Tab stays inside', async () => {
    const el = await panel();
    const d = dialog(el);
    expect(d.matches(':modal')).to.equal(true);
    expect(el.shadowRoot!.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).to.equal(
      en.preferences.title,
    );
    expect(d.contains(deepActiveElement())).to.equal(true);
    let inside = 0;
    for (let i = 0; i < 25; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      // Chromium lets Tab leave a modal dialog for the browser UI only (activeElement is <body>); never for the page.
      if (active) expect(d.contains(active), `tab ${i}`).to.equal(true);
      if (active) inside++;
    }
    expect(inside).to.be.at.least(20);
  });

  it('Escape closes without recording consent and focus returns to the opener', async () => {
    const el = await panel();
    const got: unknown[] = [];
    el.addEventListener('keks-decision', (e) => got.push(e));
    const done = closed(el);
    await sendKeys({ press: 'Escape' });
    await done;
    expect(dialog(el).open).to.equal(false);
    expect(got).to.deep.equal([]);
    expect(document.activeElement === opener, describeElement(document.activeElement)).to.equal(true);
  });

  it('the request-close event is cancelable', async () => {
    const el = await panel();
    el.addEventListener('keks-request-close', (e) => e.preventDefault(), { once: true });
    setTimeout(() => q(el, '[part~="close"]').click());
    const e = await oneEvent<KeksRequestCloseEvent>(el, 'keks-request-close');
    expect(e.source).to.equal('close-button');
    expect(dialog(el).open).to.equal(true);
    const done = closed(el);
    q(el, '[part~="close"]').click();
    await done;
    expect(dialog(el).open).to.equal(false);
    expect(document.activeElement === opener, describeElement(document.activeElement)).to.equal(true);
  });

  it('a click on the backdrop closes without recording consent', async () => {
    const el = await panel();
    const got: unknown[] = [];
    el.addEventListener('keks-decision', (e) => got.push(e));
    const d = dialog(el);
    d.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 2, clientY: 2 }));
    await waitUntil(() => !d.open, 'still open', { timeout: 5000 });
    expect(d.open).to.equal(false);
    expect(got).to.deep.equal([]);
  });

  it('focus never falls to <body> when the opener is gone', async () => {
    const el = await panel();
    const fallback = document.createElement('button');
    fallback.textContent = 'fallback';
    document.body.append(fallback);
    el.fallbackFocus = fallback;
    opener.remove();
    const done = closed(el);
    el.close();
    await done;
    expect(document.activeElement === fallback, describeElement(document.activeElement)).to.equal(true);
    fallback.remove();
  });

  it('switches: labelled role=switch; necessary on and disabled, others off before a decision', async () => {
    const el = await panel();
    for (const id of config.categoryIds) {
      const input = sw(el, `c-${id}`);
      expect(input.type).to.equal('checkbox');
      expect(input.getAttribute('role')).to.equal('switch');
      const label = q(el, `label[for="c-${id}"]`);
      expect(label.textContent).to.equal(en.categories[id as keyof typeof en.categories].title);
      expect(label.getClientRects().length).to.be.above(0);
      expect(input.checked, id).to.equal(id == 'necessary');
      expect(input.disabled, id).to.equal(id == 'necessary');
      const r = input.getBoundingClientRect();
      expect(r.width >= 24 && r.height >= 24).to.equal(true);
    }
    expect(q(el, '[part="record"]')).to.equal(null);
  });

  it('reopened after a decision it shows the current state, the consent id and the decision date', async () => {
    const el = await panel(decided);
    expect(sw(el, 'c-analytics').checked).to.equal(true);
    expect(sw(el, 'c-marketing').checked).to.equal(false);
    await expand(el, 'analytics');
    expect(sw(el, 's-ga').checked).to.equal(true);
    expect(sw(el, 's-baidu').checked).to.equal(false);
    const record = q(el, '[part="record"]').textContent!;
    expect(record).to.contain('abc-123-def');
    expect(record).to.contain(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(decided.lastDecision!),
    );
  });

  it('Save stores exactly the switches shown', async () => {
    const el = await panel();
    sw(el, 'c-analytics').click();
    await el.updateComplete;
    setTimeout(() => q(el, '[part~="save"]').click());
    const e: KeksDecisionEvent = await oneEvent<KeksDecisionEvent>(el, 'keks-decision');
    expect(e.decision).to.equal('save');
    expect(e.selection).to.deep.equal({
      categories: ['necessary', 'analytics'],
      services: { ga: true, baidu: true, ads: false },
    });
  });

  it('per-service switches: the category follows its services and turns them all', async () => {
    const el = await panel();
    await expand(el, 'analytics');
    expect(q(el, '[aria-controls="x-analytics"]').getAttribute('aria-expanded')).to.equal('true');
    sw(el, 's-baidu').click();
    await el.updateComplete;
    expect(sw(el, 'c-analytics').checked).to.equal(true);
    expect(sw(el, 's-ga').checked).to.equal(false);
    sw(el, 's-baidu').click();
    await el.updateComplete;
    expect(sw(el, 'c-analytics').checked).to.equal(false);
    sw(el, 'c-analytics').click();
    await el.updateComplete;
    expect([sw(el, 's-ga').checked, sw(el, 's-baidu').checked]).to.deep.equal([true, true]);
    sw(el, 's-ga').click();
    await el.updateComplete;
    setTimeout(() => q(el, '[part~="save"]').click());
    const e: KeksDecisionEvent = await oneEvent<KeksDecisionEvent>(el, 'keks-decision');
    expect(e.selection).to.deep.equal({
      categories: ['necessary', 'analytics'],
      services: { ga: false, baidu: true, ads: false },
    });
  });

  it('services show provider, purpose, country name with code, policy links and cookies', async () => {
    const el = await panel();
    await expand(el, 'analytics');
    await expand(el, 'marketing');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Google LLC');
    expect(text).to.contain('United States (US)');
    expect(text).to.contain('China (CN)');
    expect(text).to.contain('Singapore (SG)');
    expect(text).to.contain('Traffic statistics');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('https://policies.google.com/privacy');
    expect(links).to.include('https://tools.google.com/dlpage/gaoptout');
    expect(links.some((h) => h!.startsWith('javascript'))).to.equal(false);
    const rows = [...el.shadowRoot!.querySelectorAll('table[part="cookies"] tbody tr')].map((tr) =>
      tr.textContent!.trim(),
    );
    expect(rows[0]).to.contain('_ga').and.contain('730 days').and.contain('Distinguishes visitors');
    expect(rows[1]).to.contain('_ga_*');
    expect(q(el, 'th[scope=col]').textContent).to.equal(en.preferences.cookieName);
  });

  it('Czech: country names and text in the UI language', async () => {
    const el = await panel(undecided, cs);
    await expand(el, 'analytics');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Čína (CN)');
    expect(text).to.contain('Statistiky návštěvnosti');
    expect(text).to.contain('730 dnů');
  });

  it('shows the GPC note when the signal was honoured', async () => {
    const el = await panel({ ...undecided, gpc: ['marketing'] });
    expect(q(el, '[part="note"]').textContent).to.equal(en.preferences.gpcHonoured);
  });

  it('announces a saved choice in a polite live region after closing', async () => {
    const el = await panel();
    const status = q(el, '[role="status"]');
    expect(status.textContent!.trim()).to.equal('');
    q(el, '[part~="reject"]').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(status.textContent!.trim()).to.equal(en.preferences.saved);
    // Outside the dialog, so it is not hidden when the dialog closes.
    expect(dialog(el).contains(status)).to.equal(false);
  });

  it('accept and reject send their decisions and close', async () => {
    const el = await panel();
    setTimeout(() => q(el, '[part~="accept"]').click());
    expect((await oneEvent<KeksDecisionEvent>(el, 'keks-decision')).decision).to.equal('accept');
    await el.show(opener);
    setTimeout(() => q(el, '[part~="reject"]').click());
    const e = await oneEvent<KeksDecisionEvent>(el, 'keks-decision');
    expect(e.decision).to.equal('reject');
    expect(e.selection).to.equal(undefined);
  });

  it('at 320 px the panel fits the width and scrolls', async () => {
    await setViewport({ width: 320, height: 480 });
    const el = await panel();
    await expand(el, 'analytics');
    const d = dialog(el);
    const r = d.getBoundingClientRect();
    expect(r.left).to.be.at.least(0);
    expect(r.right).to.be.at.most(320);
    expect(d.scrollWidth).to.be.at.most(d.clientWidth);
    expect(d.scrollHeight).to.be.above(d.clientHeight);
    expect(getComputedStyle(d).overflowY).to.equal('auto');
    d.scrollTop = d.scrollHeight;
    expect(d.scrollTop).to.be.above(0);
  });
});

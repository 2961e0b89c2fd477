import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { resolveConfig } from '../../../src/config.js';
import cs from '../../../src/i18n/locales/cs.js';
import { definePreferences } from '../../../src/ui/define.js';
import type { KeksPreferences } from '../../../src/ui/preferences.js';
import { demoConfig, fakeApi } from './fake-api.js';

// Service details on a phone: labels above values, links as link text (the URL only in href), and a cookie
// table that reflows instead of squeezing its columns to a few letters. Czech: the longest labels we ship.
const config = resolveConfig(demoConfig);
const consent = fakeApi(demoConfig).getConsent();

async function openDetails(): Promise<ShadowRoot> {
  await definePreferences();
  const el = await fixture<HTMLElement>(
    html`<keks-preferences theme="light" .strings=${cs} .config=${config} .consent=${consent}></keks-preferences>`,
  );
  const prefs = el as KeksPreferences;
  await prefs.show(null);
  prefs.shadowRoot!.querySelector<HTMLElement>('[aria-controls="x-analytics"]')!.click();
  await prefs.updateComplete;
  return prefs.shadowRoot!;
}

const rect = (el: Element) => el.getBoundingClientRect();

describe('<keks-preferences> service details', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 390]) {
    it(`at ${width} px: labels above values, readable widths, links as text, the cookie table reflows`, async () => {
      await setViewport({ width, height: 800 });
      const root = await openDetails();
      const svc = root.querySelector('[part="service"]')!;
      const dl = svc.querySelector('dl')!;
      for (const dt of dl.querySelectorAll('dt')) {
        const dd = dt.nextElementSibling!;
        // Stacked: the value starts below its label, at the same left edge, using the whole width.
        expect(rect(dd).top).to.be.at.least(rect(dt).bottom - 1);
        expect(Math.abs(rect(dd).left - rect(dt).left)).to.be.below(2);
        expect(rect(dd).width).to.be.at.least(rect(dl).width - 2);
      }
      // A short value stays on one line instead of breaking every few letters.
      const provider = [...root.querySelectorAll('dd')].find((d) => d.textContent!.includes('Google LLC'))!;
      expect(rect(provider).height).to.be.below(30);

      const links = [...svc.querySelectorAll('a')];
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        `${cs.preferences.privacyPolicy} ↗`,
        `${cs.preferences.optOut} ↗`,
      ]);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://policies.google.com/privacy',
        'https://tools.google.com/dlpage/gaoptout',
      ]);
      expect(svc.textContent).to.not.contain('https://');

      const table = svc.querySelector('table')!;
      // Nothing sticks out of the panel sideways.
      expect(table.scrollWidth).to.be.at.most(svc.clientWidth);
      const cells = [...table.querySelectorAll('td')];
      for (const td of cells) expect(rect(td).width, td.textContent!).to.be.at.least(rect(table).width - 10);
      // Each value carries its column name (the header row is only for assistive technology now).
      expect(getComputedStyle(cells[0], '::before').content).to.equal(`"${cs.preferences.cookieName}: "`);
      expect(table.getAttribute('role')).to.equal('table');
      expect(cells[0].getAttribute('role')).to.equal('cell');
    });
  }

  it('on a desktop: labels beside values and a three-column cookie table', async () => {
    await setViewport({ width: 1280, height: 800 });
    const root = await openDetails();
    const svc = root.querySelector('[part="service"]')!;
    const dt = svc.querySelector('dt')!;
    const dd = dt.nextElementSibling!;
    expect(rect(dd).left).to.be.above(rect(dt).right);
    expect(Math.abs(rect(dd).top - rect(dt).top)).to.be.below(2);
    const [a, b, c] = [...svc.querySelectorAll('tbody tr:first-child td')].map(rect);
    expect(a.top).to.equal(b.top);
    expect(b.top).to.equal(c.top);
    expect(getComputedStyle(svc.querySelector('td')!, '::before').content).to.equal('none');
  });
});

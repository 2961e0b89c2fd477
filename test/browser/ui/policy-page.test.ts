import { expect, waitUntil } from '@open-wc/testing';
import type { KeksConfig } from '../../../src/config.js';
import { mount } from '../../../src/ui/mount.js';
import { demoConfig, fakeApi } from './fake-api.js';

const until = (c: () => unknown, m: string) => waitUntil(c, m, { timeout: 8000 });

describe('the banner on cookie- and privacy-policy pages', () => {
  let ui: ReturnType<typeof mount> | undefined;
  afterEach(() => {
    ui?.destroy();
    ui = undefined;
    document.querySelectorAll('keks-banner, keks-declaration').forEach((e) => e.remove());
  });

  async function show(ui: KeksConfig['ui'], withDeclaration: boolean) {
    document.documentElement.lang = 'en';
    if (withDeclaration) document.body.append(document.createElement('keks-declaration'));
    const api = fakeApi({ ...demoConfig, ui: { ...demoConfig.ui, layout: 'modal', blockPage: true, ...ui } });
    const c = mount(api);
    await c.showBanner();
    return c;
  }

  it('is a slim, non-blocking bar by default on a page with <keks-declaration>', async () => {
    ui = await show({}, true);
    await until(() => document.querySelector('keks-banner')?.shadowRoot?.querySelector('[part~="title"]'), 'no banner');
    const b = document.querySelector('keks-banner')!;
    expect(b.layout).to.equal('bar');
    expect(b.blockPage).to.equal(false);
  });

  it('keeps the configured layout elsewhere, and with onPolicyPages: "normal"', async () => {
    ui = await show({}, false);
    await until(() => document.querySelector('keks-banner'), 'no banner');
    expect(document.querySelector('keks-banner')!.layout).to.equal('modal');
    ui.destroy();
    document.querySelectorAll('keks-banner').forEach((e) => e.remove());
    ui = await show({ onPolicyPages: 'normal' }, true);
    await until(() => document.querySelector('keks-banner'), 'no banner');
    expect(document.querySelector('keks-banner')!.layout).to.equal('modal');
  });

  it('is not shown at all with onPolicyPages: "none"', async () => {
    ui = await show({ onPolicyPages: 'none' }, true);
    // The declaration is defined and rendered through the same queue, so once it is there the banner step ran.
    await until(() => customElements.get('keks-declaration'), 'declaration not defined');
    await ui.showBanner();
    expect(document.querySelector('keks-banner')).to.equal(null);
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { mount } from '../../../src/ui/mount.js';
import en from '../../../src/i18n/locales/en.js';
import { demoConfig, fakeApi } from './fake-api.js';

describe('banner notice after a revision change', () => {
  let ui: ReturnType<typeof mount> | undefined;
  afterEach(() => {
    ui?.destroy();
    document.querySelectorAll('keks-banner').forEach((e) => e.remove());
  });

  for (const changed of [true, false])
    it(`${changed ? 'tells' : 'does not tell'} the visitor why it asks again`, async () => {
      document.documentElement.lang = 'en';
      const api = fakeApi(demoConfig);
      (api.getConfig()!.ui as { revisionChanged?: boolean }).revisionChanged = changed;
      ui = mount(api);
      ui.showBanner();
      await waitUntil(
        () => document.querySelector('keks-banner')?.shadowRoot?.querySelector('[part~="title"]'),
        'no banner',
        {
          timeout: 8000,
        },
      );
      const notice = document.querySelector('keks-banner')!.shadowRoot!.querySelector('[part~="notice"]');
      if (changed) expect(notice?.textContent).to.equal(en.banner.changed);
      else expect(notice).to.equal(null);
    });
});

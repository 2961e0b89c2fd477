import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeksApi, UiController } from '../../src/api-types';

const gate = {
  started: 0,
  apply: vi.fn(),
  revoke: vi.fn(),
  host: undefined as unknown as { accepted(id: string): boolean; nonce?: string; loadUi(): void },
};
vi.mock('../../src/gate/index', () => ({
  startGate: (host: typeof gate.host) => {
    gate.started++;
    gate.host = host;
    return { apply: gate.apply, revoke: gate.revoke };
  },
}));
const ui: UiController & { calls: unknown[][] } = {
  calls: [],
  showBanner: () => void ui.calls.push(['showBanner']),
  showPreferences: (o) => void ui.calls.push(['showPreferences', o]),
  setLanguage: async (l) => void ui.calls.push(['setLanguage', l]),
};
let requested = false;
const loadUi = vi.fn(async () => ((requested = true), ui));
vi.mock('../../src/ui-loader', () => ({
  loadUi: (...a: unknown[]) => loadUi(...(a as [])),
  uiRequested: () => requested,
  // The stand-in mounts as soon as it is requested.
  uiMounted: () => requested,
}));

const svc = (category: string) => ({
  category,
  provider: 'P',
  purpose: 'x',
  country: 'US',
  privacyPolicy: 'https://p.example/privacy',
});
let api: KeksApi;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(async () => {
  vi.resetModules();
  vi.stubGlobal('BroadcastChannel', undefined);
  delete (window as { Keks?: unknown }).Keks;
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  gate.started = 0;
  gate.apply.mockClear();
  gate.revoke.mockClear();
  loadUi.mockClear();
  ui.calls = [];
  requested = false;
  api = (await import('../../src/api')).api;
});
afterEach(async () => {
  // A write still queued for the lazy write chunk must not land in the next test's cookie jar.
  await (await import('../../src/decision-saved')).decisionsWritten();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('init', () => {
  it('a config unsafe for consent stops Keks: the gate holds everything, nothing is granted, the console says why', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      api.init({
        revision: -1,
        services: { ga: { ...svc('analytics'), country: 'USA', hosts: ['www.google-analytics.test'] } },
      } as never),
    ).not.toThrow();
    // Started first, from the hosts it could read, with every category denied.
    expect(gate.started).toBe(1);
    expect(gate.host.accepted('analytics')).toBe(false);
    expect(gate.host.accepted('ga')).toBe(false);
    expect(
      (gate.host as unknown as { config: { services: Record<string, { hosts: string[] }> } }).config.services.ga.hosts,
    ).toEqual(['www.google-analytics.test']);
    expect(err.mock.calls[0][0]).toMatch(/Keks stopped, every tracker stays held[\s\S]*\(revision\)/);
    expect(api.getConfig()).toBeNull();
    expect(api.getConsent().decided).toBe(false);
    // The full validator (a lazy chunk) then words every problem, display-only ones included.
    await vi.waitFor(() => expect(err.mock.calls.flat().join('\n')).toMatch(/services\.ga\.country/));
    // A later init is not silently ignored.
    api.init({});
    expect(err.mock.calls.at(-1)![0]).toMatch(/refused before/);
    expect(gate.started).toBe(1);
  });

  it('init is atomic: a dataLayer name that cannot take the default leaves no half-started Keks', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const w = window as unknown as Record<string, unknown>;
    w.notAnArray = { some: 'object' };
    try {
      api.init({ googleConsentMode: { dataLayer: 'notAnArray' } });
      api.init({ googleConsentMode: { dataLayer: 'not a name' } });
      expect(w.notAnArray).toEqual({ some: 'object' });
      expect(err.mock.calls[0][0]).toMatch(/googleConsentMode\.dataLayer/);
      expect(api.getConfig()).toBeNull();
      expect(gate.started).toBe(1);
      expect(gate.host.accepted('analytics')).toBe(false);
    } finally {
      delete w.notAnArray;
    }
  });

  it('display-only problems are reported by the full validator and Keks runs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    api.init({
      cookie: { expiresDays: 500 },
      services: { ga: { ...svc('analytics'), country: 'USA', privacyPolicy: 'https://p.example/a b' } },
    });
    expect(api.getConfig()!.cookie.expiresDays).toBe(500);
    expect(gate.started).toBe(1);
    await vi.waitFor(() => expect(warn.mock.calls.flat().join('\n')).toMatch(/cookie\.expiresDays/));
    const all = [...warn.mock.calls, ...err.mock.calls].flat().join('\n');
    expect(all).toMatch(/services\.ga\.country/);
    expect(all).toMatch(/services\.ga\.privacyPolicy/);
  });

  it('is idempotent: a second call returns the same API, starts nothing twice, and warns in DEV when the config differs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(api.init({ revision: 1 })).toBe(api);
    expect(api.init({ revision: 1 })).toBe(api);
    expect(warn).not.toHaveBeenCalled();
    expect(api.init({ revision: 2 })).toBe(api);
    expect(warn.mock.calls[0][0]).toMatch(/already/);
    expect(gate.started).toBe(1);
    expect(api.getConfig()!.revision).toBe(1);
  });

  it('exposes window.Keks as the same object, and the npm entry exports the same functions', async () => {
    api.init();
    expect((window as { Keks?: unknown }).Keks).toBe(api);
    const mod = await import('../../src/index');
    expect(mod.Keks).toBe(api);
    expect(mod.init).toBe(api.init);
    expect(mod.acceptAll).toBe(api.acceptAll);
    expect(mod.on).toBe(api.on);
    expect(mod.version).toBe(api.version);
    const fns = Object.keys(mod)
      .filter((k) => typeof (mod as Record<string, unknown>)[k] == 'function')
      .sort();
    expect(fns).toEqual(
      Object.keys(api)
        .filter((k) => typeof (api as unknown as Record<string, unknown>)[k] == 'function')
        .sort(),
    );
  });

  it('resolves a relative uiUrl against the page, not the loader script', () => {
    api.init({ autoShow: false, uiUrl: 'static/keks-ui.js' });
    expect(api.getConfig()!.uiUrl).toBe(new URL('static/keks-ui.js', document.baseURI).href);
  });

  it('wires the gate: host.accepted reads the store, loadUi loads the UI, apply runs right after init', async () => {
    api.init({ autoShow: false });
    expect(gate.apply).toHaveBeenCalledTimes(1);
    expect(gate.host.accepted('analytics')).toBe(false);
    api.acceptAll();
    expect(gate.host.accepted('analytics')).toBe(true);
    expect(gate.apply).toHaveBeenCalledTimes(2);
    gate.host.loadUi();
    await flush();
    expect(loadUi).toHaveBeenCalledWith(api);
  });
});

describe('before init', () => {
  it('reads as undecided, ignores decisions with a DEV warning, and refuses to show UI', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(api.getConsent()).toMatchObject({ decided: false, granted: [] });
    expect(api.accepted('necessary')).toBe(false);
    expect(() => api.acceptAll()).not.toThrow();
    expect(warn.mock.calls[0][0]).toMatch(/init/);
    await expect(api.showBanner()).rejects.toThrow(/init/);
  });

  it('keeps on() listeners registered before init', () => {
    const fn = vi.fn();
    api.on('consent', fn);
    api.init({ autoShow: false });
    api.rejectAll('banner');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn.mock.calls[0][0].source).toBe('banner');
  });
});

describe('the lazy UI', () => {
  it('first visit: the banner is shown automatically', async () => {
    api.init();
    await flush();
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(ui.calls).toEqual([['showBanner']]);
  });

  it('returning visitor: the UI is never loaded', async () => {
    api.init({ autoShow: false });
    api.rejectAll('banner');
    await (await import('../../src/decision-saved')).decisionsWritten();
    vi.resetModules();
    loadUi.mockClear();
    delete (window as { Keks?: unknown }).Keks;
    const again = (await import('../../src/api')).api;
    again.init();
    await flush();
    expect(again.getConsent().decided).toBe(true);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('returning visitor with ui.floatingButton: a stand-in button shows, the UI is not loaded until it is used', async () => {
    api.init({ autoShow: false });
    api.rejectAll('banner');
    await (await import('../../src/decision-saved')).decisionsWritten();
    vi.resetModules();
    delete (window as { Keks?: unknown }).Keks;
    const again = (await import('../../src/api')).api;
    loadUi.mockClear();
    again.init({ ui: { floatingButton: true } });
    const button = await vi.waitFor(() => document.querySelector('keks-fab')!.shadowRoot!.querySelector('button')!);
    expect(button.getAttribute('aria-label')).toBe('Cookie settings: Necessary');
    expect(loadUi).not.toHaveBeenCalled();
    button.click();
    await vi.waitFor(() => expect(loadUi).toHaveBeenCalledTimes(1));
    document.querySelector('keks-fab')!.remove();
  });

  it('autoShow false shows nothing', async () => {
    api.init({ autoShow: false });
    await flush();
    expect(loadUi).not.toHaveBeenCalled();
  });

  it('hideFromBots: a known bot sees nothing and everything stays denied', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    });
    api.init({ ui: { hideFromBots: true } });
    await flush();
    expect(loadUi).not.toHaveBeenCalled();
    expect(api.getConsent().granted).toEqual(['necessary']);
  });

  it('a bot is still shown the banner when hideFromBots is off', async () => {
    vi.stubGlobal('navigator', { ...navigator, userAgent: 'Googlebot/2.1' });
    api.init();
    await flush();
    expect(ui.calls).toEqual([['showBanner']]);
  });

  it('showPreferences passes the opener, or the element focused at call time', async () => {
    api.init({ autoShow: false });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await api.showPreferences();
    await api.showPreferences(null);
    expect(ui.calls).toEqual([
      ['showPreferences', button],
      ['showPreferences', null],
    ]);
    button.remove();
  });

  it('setLanguage before the UI is needed only records the language; after, it forwards', async () => {
    api.init({ autoShow: false });
    await api.setLanguage('cs');
    expect(loadUi).not.toHaveBeenCalled();
    expect(api.getConfig()!.language.force).toBe('cs');
    await api.showBanner();
    await api.setLanguage('en');
    expect(ui.calls).toEqual([['showBanner'], ['setLanguage', 'en']]);
  });

  it('reset forgets the decision and shows the banner again', async () => {
    api.init({ autoShow: false });
    api.acceptAll();
    api.reset();
    await flush();
    expect(api.getConsent().decided).toBe(false);
    expect(ui.calls).toEqual([['showBanner']]);
  });
});

describe('withdrawal', () => {
  it('revokes on a first reject and on a withdrawal; reloads only on a real withdrawal when reloadOnRevoke, once it is written', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    api.init({ autoShow: false, reloadOnRevoke: true, services: { ga: svc('analytics') } });
    api.rejectAll('banner');
    expect(gate.revoke).toHaveBeenLastCalledWith(['preferences', 'analytics', 'marketing'], ['ga']);
    expect(reload).not.toHaveBeenCalled();
    api.save({ categories: ['analytics'] }, 'preferences');
    expect(reload).not.toHaveBeenCalled();
    gate.revoke.mockClear();
    api.save({ categories: [] }, 'preferences');
    expect(gate.revoke).toHaveBeenCalledWith(['analytics'], ['ga']);
    // The reloaded page must read the withdrawal: the reload waits for the cookie write.
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(document.cookie).toMatch(/keks=1~0~[^~]+~[^~]+~[^~]+~necessary~[^~;]*analytics/);
  });

  it('does not reload without reloadOnRevoke', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    api.init({ autoShow: false });
    api.acceptAll();
    api.rejectAll();
    await (await import('../../src/decision-saved')).decisionsWritten();
    expect(gate.revoke).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
  });
});

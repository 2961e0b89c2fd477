// The store contract frameworks subscribe to: getConsent() is one frozen object until consent changes,
// subscribe(fn) calls now and on every change; React's useSyncExternalStore and Vue composables work on it;
// keks/server reads the cookie the browser wrote into the very same state.
import { act, createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, effectScope, h, nextTick } from 'vue';
import type { ConsentState, KeksApi } from '../../src/api-types';
import type { KeksConfig } from '../../src/config';

vi.mock('../../src/gate/index', () => ({ startGate: () => ({ apply() {}, revoke() {} }) }));
vi.mock('../../src/ui-loader', () => ({
  loadUi: async () => ({ showBanner() {}, showPreferences() {}, async setLanguage() {} }),
  uiRequested: () => false,
  uiMounted: () => false,
}));

const config: KeksConfig = {
  revision: 3,
  autoShow: false,
  gpc: true,
  services: {
    ga: { category: 'analytics', provider: 'P', purpose: 'x', country: 'US', privacyPolicy: 'https://p.example/' },
    ads: { category: 'marketing', provider: 'Q', purpose: 'y', country: 'SG', privacyPolicy: 'https://q.example/' },
  },
};
let keks: typeof import('../../src/index');
let api: KeksApi;

beforeEach(async () => {
  vi.resetModules();
  vi.stubGlobal('BroadcastChannel', undefined);
  delete (window as { Keks?: unknown }).Keks;
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  keks = await import('../../src/index');
  api = keks.Keks;
});
afterEach(async () => {
  // Cookie writes wait for the lazy write chunk: let them land before the next test clears the cookie.
  await (await import('../../src/decision-saved')).decisionsWritten();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('getConsent() and subscribe()', () => {
  it('getConsent() is the same frozen object until consent changes, before and after init', () => {
    const before = api.getConsent();
    expect(api.getConsent()).toBe(before);
    expect(Object.isFrozen(before) && Object.isFrozen(before.granted)).toBe(true);
    api.init(config);
    const undecided = api.getConsent();
    expect(api.getConsent()).toBe(undecided);
    api.acceptAll();
    const decided = api.getConsent();
    expect(decided).not.toBe(undecided);
    expect(decided.granted).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(api.getConsent()).toBe(decided);
    expect(() => (decided.granted as string[]).push('x')).toThrow(TypeError);
    expect(api.accepted('analytics')).toBe(true);
  });

  it('subscribe(fn) calls fn now and on every change, until unsubscribed; subscribers before init hear init', () => {
    const seen: ConsentState[] = [];
    const off = keks.subscribe((s) => seen.push(s));
    expect(seen).toHaveLength(1);
    expect(seen[0].decided).toBe(false);
    api.init(config);
    api.save({ categories: ['analytics'] });
    expect(seen.at(-1)).toBe(api.getConsent());
    expect(seen.at(-1)!.granted).toEqual(['necessary', 'analytics']);
    api.rejectAll();
    expect(seen.at(-1)!.granted).toEqual(['necessary']);
    const count = seen.length;
    off();
    api.acceptAll();
    expect(seen).toHaveLength(count);
  });

  it("one subscriber's error is reported and does not stop the others", () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    api.init(config);
    let calls = 0;
    keks.subscribe((s) => {
      if (s.decided) throw new Error('broken subscriber');
    });
    keks.subscribe(() => calls++);
    api.acceptAll();
    expect(calls).toBe(2);
    expect(error).toHaveBeenCalled();
  });
});

describe('keks/react', () => {
  it('useSyncExternalStore(subscribe, getConsent) renders without looping and follows every change', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const { useAccepted, useConsent } = await import('../../src/react');
    api.init(config);
    let renders = 0;
    function App(): ReactElement {
      renders++;
      const state = useConsent();
      const analytics = useAccepted('analytics');
      return createElement('p', null, `${state.decided ? 'decided' : 'undecided'} ${analytics ? 'on' : 'off'}`);
    }
    const el = document.createElement('div');
    document.body.append(el);
    const root = createRoot(el);
    await act(async () => root.render(createElement(App)));
    expect(el.textContent).toBe('undecided off');
    const first = renders;
    await act(async () => api.save({ categories: ['analytics'] }));
    expect(el.textContent).toBe('decided on');
    await act(async () => api.rejectAll());
    expect(el.textContent).toBe('decided off');
    // A handful of renders, not a loop (React gives up after 50 with "Maximum update depth exceeded").
    expect(renders - first).toBeLessThanOrEqual(4);
    await act(async () => root.unmount());
  });

  it('renders on a server as undecided and not accepted', async () => {
    const { useAccepted } = await import('../../src/react');
    const App = () => createElement('p', null, useAccepted('necessary') ? 'on' : 'off');
    expect(renderToString(createElement(App))).toBe('<p>off</p>');
  });
});

describe('keks/vue', () => {
  it('useConsent() and useAccepted() follow every change and unsubscribe on unmount', async () => {
    const { useAccepted, useConsent } = await import('../../src/vue');
    api.init(config);
    const Comp = defineComponent({
      setup() {
        const state = useConsent();
        const analytics = useAccepted('analytics');
        return () => h('p', `${state.value.decided ? 'decided' : 'undecided'} ${analytics.value ? 'on' : 'off'}`);
      },
    });
    const el = document.createElement('div');
    document.body.append(el);
    const app = createApp(Comp);
    app.mount(el);
    expect(el.textContent).toBe('undecided off');
    api.save({ categories: ['analytics'] });
    await nextTick();
    expect(el.textContent).toBe('decided on');
    app.unmount();
  });

  it('useConsent() unsubscribes when its scope ends: the ref stops following', async () => {
    const { useConsent } = await import('../../src/vue');
    api.init(config);
    const scope = effectScope();
    const state = scope.run(() => useConsent())!;
    api.acceptAll();
    expect(state.value).toBe(api.getConsent());
    scope.stop();
    api.rejectAll();
    expect(state.value.granted).toContain('analytics');
    expect(api.getConsent().granted).not.toContain('analytics');
  });
});

describe('keks/server', () => {
  it('reads the cookie the browser wrote into the very state the browser has', async () => {
    const { readConsent, isAccepted } = await import('../../src/server');
    api.init(config);
    api.save({ categories: ['analytics'], services: { ads: true } });
    // The next page view in the browser restores the decision from the cookie (times in whole seconds).
    vi.resetModules();
    delete (window as { Keks?: unknown }).Keks;
    const next = (await import('../../src/index')).init(config);
    expect(next).not.toBe(api);
    expect(next.getConsent().decided).toBe(true);
    const header = `other=1; ${document.cookie}; last=2`;
    const state = readConsent(header, config);
    expect(state).toEqual(next.getConsent());
    expect(isAccepted(state, 'ga')).toBe(true);
    expect(isAccepted(state, 'ads')).toBe(true);
    expect(isAccepted(state, 'marketing')).toBe(false);
    // A cookie map (Express req.cookies, decoded) and a Map-like get() (Next.js cookies()) give the same.
    const value = decodeURIComponent(document.cookie.split('=').slice(1).join('='));
    expect(readConsent({ keks: value }, config)).toEqual(state);
    expect(readConsent(new Map([['keks', value]]), config)).toEqual(state);
    expect(readConsent({ get: () => ({ value }) }, config)).toEqual(state);
  });

  it('gives the undecided state for no cookie, a tampered cookie or another revision', async () => {
    const { readConsent } = await import('../../src/server');
    api.init(config);
    api.acceptAll();
    const cookie = document.cookie;
    const undecided = readConsent(undefined, config);
    expect(undecided.decided).toBe(false);
    expect(undecided.granted).toEqual(['necessary']);
    expect(readConsent('', config)).toEqual(undecided);
    expect(readConsent(cookie.replace(/.$/, '%'), config)).toEqual(undecided);
    expect(readConsent(cookie.replace('analytics', 'analytiks'), config).granted).not.toContain('analytics');
    expect(readConsent(cookie, { ...config, revision: 4 }).decided).toBe(false);
    expect(readConsent(cookie, config, { now: Date.now() + 400 * 86_400_000 }).decided).toBe(false);
  });

  it('a GPC signal refuses its categories, as in the browser', async () => {
    const { readConsent } = await import('../../src/server');
    api.init(config);
    api.acceptAll();
    const state = readConsent(document.cookie, config, { gpc: true });
    expect(state.granted).not.toContain('marketing');
    expect(state.deniedServices).toContain('ads');
    expect(state.gpc).toEqual(['marketing']);
  });

  it('an invalid config throws like init, naming the field', async () => {
    const { readConsent } = await import('../../src/server');
    expect(() => readConsent('', { revision: -1 })).toThrow(/revision/);
  });
});

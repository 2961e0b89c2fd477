import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig, type KeksConfig } from '../../src/config';
import { decisionsWritten } from '../../src/decision-saved';
import { consentModeValues, pushConsentDefault, pushConsentUpdate } from '../../src/signals/consent-mode';
import { DENIED_DEFAULT } from '../helpers/consent-mode';

// The gate records how much of the dataLayer existed whenever it was asked to release (Consent Mode: the update
// comes before any tag).
const gateLog: string[] = [];
vi.mock('../../src/gate/index', () => ({
  startGate: () => ({
    apply: () => gateLog.push('apply@' + ((window as unknown as { dataLayer?: unknown[] }).dataLayer?.length ?? 0)),
    revoke: (c: string[]) => gateLog.push('revoke:' + c.join('.')),
  }),
}));
vi.mock('../../src/ui-loader', () => ({
  loadUi: () => Promise.resolve({ showBanner() {}, showPreferences() {}, setLanguage: async () => {} }),
  uiRequested: () => false,
  uiMounted: () => false,
}));

type Win = { dataLayer?: unknown[]; gtag?: unknown; myLayer?: unknown[]; Keks?: unknown };
const w = window as unknown as Win;
const entries = (layer = w.dataLayer!) => layer.map((e) => Array.from(e as ArrayLike<unknown>));
const opts = (c: KeksConfig['googleConsentMode'] = true) =>
  resolveConfig({ googleConsentMode: c }).googleConsentMode as Exclude<
    ReturnType<typeof resolveConfig>['googleConsentMode'],
    false
  >;

beforeEach(() => {
  delete w.dataLayer;
  delete w.gtag;
  delete w.myLayer;
  delete w.Keks;
  gateLog.length = 0;
  vi.stubGlobal('BroadcastChannel', undefined);
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});
afterEach(async () => {
  vi.unstubAllGlobals();
  // Keks imports its lazy chunks (audit, write) without waiting for them: let them finish first.
  await vi.dynamicImportSettled();
  vi.resetModules();
});

describe('payloads', () => {
  it('default: all seven types, denied except security_storage, wait_for_update; pushed as an Arguments object like gtag()', async () => {
    pushConsentDefault(opts({ waitForUpdate: 750 }));
    expect(w.dataLayer).toHaveLength(1);
    expect(Object.prototype.toString.call(w.dataLayer![0])).toBe('[object Arguments]');
    expect(entries()).toEqual([['consent', 'default', { ...DENIED_DEFAULT, wait_for_update: 750 }]]);
    expect(typeof w.gtag).toBe('function');
  });

  it('ads_data_redaction and url_passthrough only when configured', async () => {
    pushConsentDefault(opts());
    expect(entries()).toHaveLength(1);
    delete w.dataLayer;
    delete w.gtag;
    pushConsentDefault(opts({ adsDataRedaction: true, urlPassthrough: true }));
    expect(entries().slice(1)).toEqual([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('keeps a gtag the page defined, and writes to a custom dataLayer name without touching window.gtag', async () => {
    const own = () => {};
    w.gtag = own;
    pushConsentDefault(opts());
    expect(w.gtag).toBe(own);
    expect(entries()[0].slice(0, 2)).toEqual(['consent', 'default']);
    delete w.gtag;
    pushConsentDefault(opts({ dataLayer: 'myLayer' }));
    expect(entries(w.myLayer!)[0].slice(0, 2)).toEqual(['consent', 'default']);
    expect(w.gtag).toBeUndefined();
  });

  it('update maps each category to its Consent Mode types', async () => {
    const o = opts();
    expect(consentModeValues(o, ['necessary', 'analytics'])).toEqual({
      ...DENIED_DEFAULT,
      analytics_storage: 'granted',
    });
    expect(consentModeValues(o, ['necessary', 'preferences', 'marketing'])).toEqual({
      ...DENIED_DEFAULT,
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
    pushConsentUpdate(o, ['necessary']);
    expect(entries()).toEqual([['consent', 'update', DENIED_DEFAULT]]);
  });

  it('a custom mapping overrides the default per category', async () => {
    const o = opts({ mapping: { analytics: ['analytics_storage', 'ad_user_data'], marketing: ['ad_storage'] } });
    expect(consentModeValues(o, ['necessary', 'analytics'])).toMatchObject({
      analytics_storage: 'granted',
      ad_user_data: 'granted',
      ad_storage: 'denied',
    });
    expect(consentModeValues(o, ['necessary', 'marketing'])).toMatchObject({
      ad_storage: 'granted',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });
});

describe('order through init: the default before any Google tag', () => {
  const init = async (config: KeksConfig) => (await import('../../src/api')).api.init(config);

  it('first visit: default is entry 0, pushed synchronously inside init, before the gate runs', async () => {
    w.dataLayer = undefined;
    const { api } = await import('../../src/api');
    api.init({ googleConsentMode: true });
    expect(entries()).toHaveLength(1);
    expect(entries()[0].slice(0, 2)).toEqual(['consent', 'default']);
    expect(gateLog).toEqual(['apply@1']);
    api.acceptAll('banner');
    await decisionsWritten();
    expect(entries()[1]).toEqual([
      'consent',
      'update',
      {
        ...DENIED_DEFAULT,
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'granted',
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
      },
    ]);
    expect(gateLog).toEqual(['apply@1', 'apply@2']);
  });

  it('returning visitor: update from the stored decision is entry 1, before the gate releases anything', async () => {
    (await import('../../src/api')).api.init({ googleConsentMode: true });
    (await import('../../src/api')).api.save({ categories: ['analytics'] });
    await (await import('../../src/decision-saved')).decisionsWritten();
    vi.resetModules();
    delete w.dataLayer;
    delete w.Keks;
    gateLog.length = 0;
    await init({ googleConsentMode: { waitForUpdate: 100 } });
    expect(entries().map((e) => e.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
    ]);
    expect(entries()[1][2]).toEqual({ ...DENIED_DEFAULT, analytics_storage: 'granted' });
    expect(gateLog).toEqual(['apply@2']);
  });

  it('withdrawal pushes an update to denied before the gate revokes', async () => {
    const api = await init({ googleConsentMode: true });
    api.acceptAll();
    await decisionsWritten();
    gateLog.length = 0;
    api.rejectAll('preferences');
    await decisionsWritten();
    expect(entries()[2][1]).toBe('update');
    expect(entries()[2][2]).toEqual(DENIED_DEFAULT);
    expect(gateLog).toEqual(['revoke:preferences.analytics.marketing', 'apply@3']);
  });

  it('pushes nothing when Consent Mode is off', async () => {
    const api = await init({});
    api.acceptAll();
    await decisionsWritten();
    expect(w.dataLayer).toBeUndefined();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeksEventName } from '../../src/api-types';
import { resolveConfig, type KeksConfig } from '../../src/config';
import { createEmitter } from '../../src/events';
import { decodeRecord } from '../../src/record';
import { applyGpc, gpcEnabled } from '../../src/signals/gpc';
import { decisionsWritten } from '../../src/decision-saved';
import { createStore, type Transition } from '../../src/store';

const svc = (category: string) => ({
  category,
  provider: 'P',
  purpose: 'x',
  country: 'US',
  privacyPolicy: 'https://p.example/privacy',
});
const CONFIG: KeksConfig = { services: { ga: svc('analytics'), fb: svc('marketing') } };
const T0 = 1_760_000_000_000;
let time = T0;

function make(gpc: boolean, config: KeksConfig = CONFIG) {
  const cfg = resolveConfig(config);
  const events: [KeksEventName, string | null, string[]][] = [];
  const transitions: Transition[] = [];
  const emitter = createEmitter(() => store.get());
  const store = createStore({
    config: cfg,
    emitter,
    gpc: gpc && cfg.gpc.length > 0,
    now: () => time,
    apply: (t) => transitions.push(t),
    settled() {},
  });
  for (const n of ['restore', 'consent', 'change', 'update'] as const)
    emitter.on(n, (d) => events.push([n, d.source, d.changed]));
  return { store, events, transitions };
}
const stored = (config: KeksConfig = CONFIG) => {
  const c = resolveConfig(config);
  const v = document.cookie.match(/(?:^|; )keks=([^;]*)/)?.[1];
  return decodeRecord(v, { revision: 0, expiresDays: 182, categories: c.categoryIds, now: time });
};

beforeEach(() => {
  time = T0;
  vi.stubGlobal('BroadcastChannel', undefined);
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});
afterEach(() => vi.unstubAllGlobals());

describe('gpcEnabled', () => {
  it('is true only for navigator.globalPrivacyControl === true (GPC spec §3.2)', async () => {
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true });
    expect(gpcEnabled()).toBe(true);
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: 'true' });
    expect(gpcEnabled()).toBe(false);
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: undefined });
    expect(gpcEnabled()).toBe(false);
  });
});

describe('GPC in the store', () => {
  it('with no decision: GPC categories are listed in state.gpc, nothing is recorded, the decision is still asked for', async () => {
    const h = make(true);
    h.store.start();
    const s = h.store.get();
    expect(s.decided).toBe(false);
    expect(s.gpc).toEqual(['marketing']);
    expect(s.denied).toContain('marketing');
    expect(h.events).toEqual([]);
    await decisionsWritten();
    expect(stored()).toBeNull();
  });

  it('acceptAll grants everything except the GPC categories (a standing refusal) and records the flag', async () => {
    const h = make(true);
    h.store.start();
    h.store.acceptAll('banner');
    await decisionsWritten();
    const s = h.store.get();
    expect(s.granted).toEqual(['necessary', 'preferences', 'analytics']);
    expect(s.denied).toEqual(['marketing']);
    expect(s.grantedServices).toEqual(['ga']);
    expect(s.gpc).toEqual(['marketing']);
    await decisionsWritten();
    expect(stored()!.gpc).toBe(true);
    await decisionsWritten();
    expect(stored()!.source).toBe('banner');
  });

  it('an explicit grant in the preferences wins, and keeps winning on later page loads', async () => {
    const h = make(true);
    h.store.start();
    h.store.save({ categories: ['marketing'] }, 'preferences');
    await decisionsWritten();
    expect(h.store.accepted('marketing')).toBe(true);
    expect(h.store.get().gpc).toEqual([]);
    const next = make(true);
    next.store.start();
    expect(next.store.accepted('marketing')).toBe(true);
    expect(next.store.accepted('fb')).toBe(true);
    expect(next.events.map((e) => e[0])).toEqual(['restore', 'update']);
  });

  it('a stored grant made before the signal yields: denied, persisted with source gpc, change fired, cleaned up', async () => {
    make(false).store.acceptAll('banner');
    await decisionsWritten();
    expect(stored()!.gpc).toBe(false);
    time += 10_000;
    const h = make(true);
    h.store.start();
    expect(h.store.accepted('marketing')).toBe(false);
    expect(h.store.accepted('fb')).toBe(false);
    expect(h.store.accepted('analytics')).toBe(true);
    expect(h.events).toEqual([
      ['restore', 'gpc', ['marketing', 'fb']],
      ['change', 'gpc', ['marketing', 'fb']],
      ['update', 'gpc', ['marketing', 'fb']],
    ]);
    // One side-effect pass with the final state: nothing of marketing is ever released.
    expect(h.transitions).toHaveLength(1);
    expect(h.transitions[0].state.granted).not.toContain('marketing');
    expect(h.transitions[0].revokedCategories).toEqual(['marketing']);
    expect(h.transitions[0].revokedServices).toEqual(['fb']);
    await decisionsWritten();
    const r = stored()!;
    expect(r).toMatchObject({ source: 'gpc', gpc: true, last: T0 + 10_000, first: T0 });
    expect(r.denied).toContain('marketing');
    expect(r.deniedServices).toContain('fb');
  });

  it('is never read as a grant: a stored refusal stays as it is', async () => {
    make(false).store.rejectAll('banner');
    await decisionsWritten();
    const h = make(true);
    h.store.start();
    expect(h.store.get().granted).toEqual(['necessary']);
    expect(h.events.map((e) => e[0])).toEqual(['restore', 'update']);
    await decisionsWritten();
    expect(stored()!.source).toBe('banner');
  });

  it('honours configured categories, and `gpc: false` ignores the signal', async () => {
    const custom = { ...CONFIG, gpc: { categories: ['analytics', 'marketing'] } };
    const h = make(true, custom);
    h.store.acceptAll();
    await decisionsWritten();
    expect(h.store.get().granted).toEqual(['necessary', 'preferences']);
    expect(h.store.get().gpc).toEqual(['analytics', 'marketing']);
    document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const off = make(true, { ...CONFIG, gpc: false });
    off.store.acceptAll();
    await decisionsWritten();
    expect(off.store.accepted('marketing')).toBe(true);
    expect(off.store.get().gpc).toEqual([]);
  });
});

describe('applyGpc', () => {
  const rec = {
    revision: 0,
    id: 'x',
    first: 1,
    last: 2,
    granted: ['necessary', 'marketing'],
    denied: [],
    grantedServices: ['fb', 'ga'],
    deniedServices: [],
    source: 'banner' as const,
    gpc: false,
  };
  const cat = (s: string) => ({ fb: 'marketing', ga: 'analytics' })[s];
  it('denies granted GPC categories and their services', async () => {
    expect(applyGpc(rec, ['marketing'], cat, 9)).toEqual({
      ...rec,
      granted: ['necessary'],
      denied: ['marketing'],
      grantedServices: ['ga'],
      deniedServices: ['fb'],
      last: 9,
      source: 'gpc',
      gpc: true,
    });
  });
  it('leaves records already made with the signal, or granting nothing it covers', async () => {
    expect(applyGpc({ ...rec, gpc: true }, ['marketing'], cat, 9)).toBeNull();
    expect(applyGpc(rec, ['analytics'], cat, 9)).toBeNull();
  });
});

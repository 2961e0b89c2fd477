import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentEventDetail, KeksEventName } from '../../src/api-types';
import { resolveConfig, type KeksConfig } from '../../src/config';
import { RecordTooLargeError } from '../../src/consent-cookie';
import { createEmitter } from '../../src/events';
import { decodeRecord } from '../../src/record';
import { encodeRecord } from '../../src/record-encode';
import { createStore, type Store, type Transition } from '../../src/store';
import { decisionsWritten } from '../../src/decision-saved';

const svc = (category: string) => ({
  category,
  provider: 'P',
  purpose: 'x',
  country: 'US',
  privacyPolicy: 'https://p.example/privacy',
});
const CONFIG: KeksConfig = {
  services: { ga: svc('analytics'), hotjar: svc('analytics'), fb: svc('marketing'), chat: svc('preferences') },
};
const T0 = 1_760_000_000_000;

let time = T0;
const now = () => time;

interface Harness {
  store: Store;
  events: [KeksEventName, ConsentEventDetail][];
  transitions: Transition[];
  log: string[];
}

function make(config: KeksConfig = CONFIG, gpc = false): Harness {
  const cfg = resolveConfig(config);
  const events: Harness['events'] = [];
  const transitions: Transition[] = [];
  const log: string[] = [];
  const emitter = createEmitter(() => store.get());
  const store = createStore({
    config: cfg,
    emitter,
    gpc,
    now,
    apply: (t) => {
      transitions.push(t);
      log.push('apply:' + t.kind);
    },
    settled: (t) => log.push('settled:' + t.kind),
  });
  for (const name of ['restore', 'consent', 'change', 'update'] as const)
    emitter.on(name, (d) => {
      events.push([name, d]);
      log.push(name);
    });
  return { store, events, transitions, log };
}

const cookie = () => document.cookie.match(/(?:^|; )keks=([^;]*)/)?.[1];
const stored = (config: KeksConfig = CONFIG) => {
  const c = resolveConfig(config);
  return decodeRecord(cookie(), { revision: c.revision, expiresDays: 182, categories: c.categoryIds, now: time });
};

beforeEach(() => {
  time = T0;
  // Node's BroadcastChannel is real and global: keep stores of one test from hearing another's.
  // The cross-tab test below opts back in.
  vi.stubGlobal('BroadcastChannel', undefined);
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('first visit', () => {
  it('starts undecided: necessary granted, everything else denied, no event, no cookie', async () => {
    const h = make();
    h.store.start();
    const s = h.store.get();
    expect(s.decided).toBe(false);
    expect(s.granted).toEqual(['necessary']);
    expect(s.denied).toEqual(['preferences', 'analytics', 'marketing']);
    expect(s.grantedServices).toEqual([]);
    expect(s.deniedServices).toEqual(['ga', 'hotjar', 'fb', 'chat']);
    expect(s.id).toBeNull();
    expect(h.events).toEqual([]);
    await decisionsWritten();
    expect(cookie()).toBeUndefined();
    expect(h.store.accepted('necessary')).toBe(true);
    expect(h.store.accepted('analytics')).toBe(false);
  });

  it('acceptAll fires consent then update, after the side effects, and persists the decision', async () => {
    const h = make();
    h.store.start();
    h.store.acceptAll('banner');
    await decisionsWritten();
    expect(h.log).toEqual(['apply:consent', 'consent', 'update', 'settled:consent']);
    const [, d] = h.events[0];
    expect(d.source).toBe('banner');
    expect(d.granted).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(d.denied).toEqual([]);
    expect(d.changed.sort()).toEqual(['analytics', 'chat', 'fb', 'ga', 'hotjar', 'marketing', 'preferences']);
    expect(d.state.decided).toBe(true);
    expect(d.state.firstDecision).toBe(T0);
    expect(d.state.lastDecision).toBe(T0);
    await decisionsWritten();
    const r = stored()!;
    expect(r.granted).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
    expect(r.grantedServices).toEqual(['ga', 'hotjar', 'fb', 'chat']);
    expect(r.source).toBe('banner');
    expect(r.id).toBe(h.store.get().id);
  });

  it('a first reject revokes everything it denies (cleanup also covers cookies set before the decision)', async () => {
    const h = make();
    h.store.start();
    h.store.rejectAll('banner');
    await decisionsWritten();
    expect(h.events.map((e) => e[0])).toEqual(['consent', 'update']);
    expect(h.transitions[0].revokedCategories).toEqual(['preferences', 'analytics', 'marketing']);
    expect(h.transitions[0].revokedServices).toEqual(['ga', 'hotjar', 'fb', 'chat']);
    await decisionsWritten();
    expect(stored()!.denied).toEqual(['preferences', 'analytics', 'marketing']);
    expect(h.store.get().decided).toBe(true);
  });

  it('window receives keks:<name> CustomEvents with the same detail', async () => {
    const h = make();
    h.store.start();
    const seen: string[] = [];
    const fn = (e: Event) => seen.push(e.type + ':' + (e as CustomEvent<ConsentEventDetail>).detail.source);
    for (const n of ['consent', 'update', 'change']) addEventListener('keks:' + n, fn);
    h.store.rejectAll('preferences');
    await decisionsWritten();
    for (const n of ['consent', 'update', 'change']) removeEventListener('keks:' + n, fn);
    expect(seen).toEqual(['keks:consent:preferences', 'keks:update:preferences']);
  });
});

describe('selection (ConsentSelection)', () => {
  it('grants exactly the named categories; services follow their category unless excepted', async () => {
    const h = make();
    h.store.start();
    h.store.save({ categories: ['analytics'], services: { hotjar: false, fb: true } }, 'preferences');
    await decisionsWritten();
    const s = h.store.get();
    expect(s.granted).toEqual(['necessary', 'analytics']);
    expect(s.denied).toEqual(['preferences', 'marketing']);
    expect(s.grantedServices).toEqual(['ga', 'fb']);
    expect(s.deniedServices).toEqual(['hotjar', 'chat']);
    expect(h.store.accepted('fb')).toBe(true);
    expect(h.store.accepted('marketing')).toBe(false);
    await decisionsWritten();
    const r = stored()!;
    expect(r.grantedServices).toEqual(['ga', 'fb']);
    expect(r.deniedServices).toEqual(['hotjar', 'chat']);
  });

  it('cannot deny a necessary category, and warns about unknown ids in DEV', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const h = make();
    h.store.start();
    h.store.save({ categories: ['nope'], services: { ghost: true } });
    await decisionsWritten();
    expect(h.store.get().granted).toEqual(['necessary']);
    expect(warn.mock.calls.join()).toMatch(/nope.*ghost/);
  });
});

describe('bad input', () => {
  it('save() without a categories list and an unknown source throw a clear TypeError and record nothing', async () => {
    const h = make();
    h.store.start();
    expect(() => h.store.save({} as never)).toThrow(/save\(\) needs \{ categories/);
    expect(() => h.store.save(null as never)).toThrow(TypeError);
    expect(() => h.store.acceptAll('footer' as never)).toThrow(/unknown consent source "footer"/);
    expect(h.store.get().decided).toBe(false);
    await decisionsWritten();
    expect(cookie()).toBeUndefined();
    expect(h.events).toEqual([]);
  });
});

describe('later changes', () => {
  it('keeps the consent id and first time, updates last, fires change with what changed and what was withdrawn', async () => {
    const h = make();
    h.store.start();
    h.store.acceptAll('banner');
    await decisionsWritten();
    const { id } = h.store.get();
    time += 60_000;
    h.store.save({ categories: ['analytics', 'preferences'], services: { hotjar: false } }, 'preferences');
    await decisionsWritten();
    expect(h.events.map((e) => e[0])).toEqual(['consent', 'update', 'change', 'update']);
    const [, d] = h.events[2];
    expect(d.source).toBe('preferences');
    expect(d.changed.sort()).toEqual(['fb', 'hotjar', 'marketing']);
    expect(d.state.id).toBe(id);
    expect(d.state.firstDecision).toBe(T0);
    expect(d.state.lastDecision).toBe(T0 + 60_000);
    expect(h.transitions[1].kind).toBe('change');
    expect(h.transitions[1].revokedCategories).toEqual(['marketing']);
    expect(h.transitions[1].revokedServices).toEqual(['hotjar', 'fb']);
    await decisionsWritten();
    expect(stored()!.id).toBe(id);
    await decisionsWritten();
    expect(stored()!.first).toBe(T0);
  });

  it('saving the same choice again fires nothing but refreshes the last decision time', async () => {
    const h = make();
    h.store.start();
    h.store.save({ categories: ['analytics'] }, 'preferences');
    await decisionsWritten();
    const seen: string[] = [];
    h.store.listen((s) => seen.push(String(s.lastDecision)));
    time += 3_600_000;
    h.store.save({ categories: ['analytics'] }, 'preferences');
    await decisionsWritten();
    expect(h.events.map((e) => e[0])).toEqual(['consent', 'update']);
    expect(h.store.get().lastDecision).toBe(T0 + 3_600_000);
    await decisionsWritten();
    expect(stored()!.last).toBe(T0 + 3_600_000);
    expect(seen).toEqual([String(T0 + 3_600_000)]);
  });

  it('reset forgets the decision, fires change (source api), and the next decision is a new consent with a new id', async () => {
    const h = make();
    h.store.start();
    h.store.acceptAll();
    await decisionsWritten();
    const { id } = h.store.get();
    h.store.reset();
    await decisionsWritten();
    expect(cookie()).toBeUndefined();
    expect(h.store.get().decided).toBe(false);
    expect(h.store.get().granted).toEqual(['necessary']);
    expect(h.events.slice(2).map((e) => [e[0], e[1].source])).toEqual([
      ['change', 'api'],
      ['update', 'api'],
    ]);
    expect(h.transitions[1].revokedCategories).toEqual(['preferences', 'analytics', 'marketing']);
    time += 1000;
    h.store.rejectAll();
    await decisionsWritten();
    expect(h.events.slice(4).map((e) => e[0])).toEqual(['consent', 'update']);
    expect(h.store.get().id).not.toBe(id);
    expect(h.store.get().firstDecision).toBe(T0 + 1000);
  });
});

describe('restore and replay', () => {
  it('a valid stored decision fires restore then update on start; late listeners get restore replayed', async () => {
    make().store.acceptAll('banner');
    await decisionsWritten();
    time += 5000;
    const h = make();
    h.store.start();
    expect(h.log).toEqual(['apply:restore', 'restore', 'update', 'settled:restore']);
    expect(h.events[0][1].source).toBe('banner');
    expect(h.events[0][1].changed).toEqual([]);
    expect(h.store.get().decided).toBe(true);
    expect(h.store.get().granted).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
  });

  it('replays restore and consent to late on() listeners with the current state, not a stale grant', async () => {
    const cfg = resolveConfig(CONFIG);
    const emitter = createEmitter(() => store.get());
    const store = createStore({ config: cfg, emitter, gpc: false, now, apply() {}, settled() {} });
    store.start();
    store.acceptAll('banner');
    await decisionsWritten();
    store.rejectAll('preferences');
    await decisionsWritten();
    const late = vi.fn();
    const lateChange = vi.fn();
    emitter.on('consent', late);
    emitter.on('change', lateChange);
    expect(late).toHaveBeenCalledTimes(1);
    expect(late.mock.calls[0][0].source).toBe('banner');
    expect(late.mock.calls[0][0].granted).toEqual(['necessary']);
    expect(late.mock.calls[0][0].state.granted).toEqual(['necessary']);
    expect(lateChange).not.toHaveBeenCalled(); // change is not replayed
    store.reset();
    await decisionsWritten();
    const afterReset = vi.fn();
    emitter.on('consent', afterReset);
    expect(afterReset).not.toHaveBeenCalled();
  });

  it('an unsubscribed listener hears nothing more; a throwing listener does not stop the others', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cfg = resolveConfig(CONFIG);
    const emitter = createEmitter(() => store.get());
    const store = createStore({ config: cfg, emitter, gpc: false, now, apply() {}, settled() {} });
    store.start();
    const a = vi.fn();
    const off = emitter.on('update', a);
    emitter.on('update', () => {
      throw new Error('boom');
    });
    const b = vi.fn();
    emitter.on('update', b);
    store.acceptAll();
    await decisionsWritten();
    off();
    store.rejectAll();
    await decisionsWritten();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(err).toHaveBeenCalled();
  });

  it.each([
    ['malformed', 'garbage'],
    ['older revision', null],
  ])('a %s cookie means no decision', (_, value) => {
    if (value) document.cookie = `keks=${value}; path=/`;
    else make({ ...CONFIG, revision: 1 }).store.acceptAll();
    const h = make({ ...CONFIG, revision: 2 });
    h.store.start();
    expect(h.store.get().decided).toBe(false);
    expect(h.events).toEqual([]);
  });

  it('a decision past its lifetime is no decision', async () => {
    make().store.acceptAll();
    await decisionsWritten();
    time += 183 * 864e5;
    const h = make();
    h.store.start();
    expect(h.store.get().decided).toBe(false);
  });

  it('services not named in the stored record follow their category', async () => {
    make().store.save({ categories: ['analytics'] });
    await decisionsWritten();
    const h = make({ services: { ...CONFIG.services, matomo: svc('analytics'), tiktok: svc('marketing') } });
    h.store.start();
    expect(h.store.accepted('matomo')).toBe(true);
    expect(h.store.accepted('tiktok')).toBe(false);
  });
});

describe('other tabs and the back/forward cache', () => {
  it("sync() applies a decision another tab wrote: change with that tab's source, no reload-worthy event on a first one", async () => {
    const a = make();
    const b = make();
    a.store.start();
    b.store.start();
    a.store.acceptAll('banner');
    await decisionsWritten();
    b.store.sync();
    expect(b.events.map((e) => e[0])).toEqual(['consent', 'update']);
    expect(b.store.get().granted).toEqual(a.store.get().granted);
    time += 1000;
    a.store.rejectAll('preferences');
    await decisionsWritten();
    b.store.sync();
    expect(b.events.slice(2).map((e) => [e[0], e[1].source])).toEqual([
      ['change', 'preferences'],
      ['update', 'preferences'],
    ]);
    expect(b.transitions[1].revokedCategories).toEqual(['preferences', 'analytics', 'marketing']);
    b.store.sync(); // nothing new: nothing fires
    expect(b.events).toHaveLength(4);
  });

  it('sync() sees a reset made in another tab', async () => {
    const a = make();
    const b = make();
    a.store.start();
    a.store.acceptAll();
    await decisionsWritten();
    b.store.start();
    a.store.reset();
    await decisionsWritten();
    b.store.sync(null);
    expect(b.store.get().decided).toBe(false);
    expect(b.events.map((e) => e[0])).toEqual(['restore', 'update', 'change', 'update']);
  });

  it('tabs hear each other over BroadcastChannel("keks") and apply the decision without reload', async () => {
    vi.unstubAllGlobals();
    const a = make();
    const b = make();
    a.store.start();
    b.store.start();
    try {
      a.store.save({ categories: ['analytics'] }, 'preferences');
      await decisionsWritten();
      await vi.waitFor(() => expect(b.store.get().granted).toEqual(['necessary', 'analytics']));
      expect(b.events.map((e) => [e[0], e[1].source])).toEqual([
        ['consent', 'preferences'],
        ['update', 'preferences'],
      ]);
      expect(b.log).toEqual(['apply:consent', 'consent', 'update', 'settled:consent']);
    } finally {
      dispatchEvent(new Event('pagehide')); // closes both channels
    }
  });

  it('a page restored from the back/forward cache re-reads the cookie (pageshow persisted)', async () => {
    const b = make();
    b.store.start();
    make().store.rejectAll('banner');
    await decisionsWritten();
    dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    expect(b.store.get().decided).toBe(false);
    dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(b.store.get().decided).toBe(true);
    expect(b.events.map((e) => e[0])).toEqual(['consent', 'update']);
  });

  it("another tab's message carries the value when no cookie can be read", async () => {
    const a = make();
    a.store.acceptAll('banner');
    await decisionsWritten();
    const value = cookie()!;
    document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const b = make();
    b.store.start();
    b.store.sync(decodeURIComponent(value));
    expect(b.store.get().granted).toEqual(['necessary', 'preferences', 'analytics', 'marketing']);
  });
});

describe('storage that fails (disabled, or a record too large for a cookie)', () => {
  const blockCookies = () => {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
    return () => {
      delete (document as unknown as Record<string, unknown>).cookie;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(desc);
    };
  };

  it('with cookies blocked the decision works in memory for the page view, without an exception', async () => {
    const restore = blockCookies();
    try {
      const h = make();
      h.store.start();
      expect(() => h.store.acceptAll('banner')).not.toThrow();
      expect(h.store.get().decided).toBe(true);
      expect(h.store.accepted('marketing')).toBe(true);
      expect(h.events.map((e) => e[0])).toEqual(['consent', 'update']);
      h.store.sync(); // a bfcache restore must not wipe the in-memory decision
      expect(h.store.get().decided).toBe(true);
      h.store.rejectAll();
      await decisionsWritten();
      expect(h.store.accepted('marketing')).toBe(false);
    } finally {
      restore();
    }
  });

  it('throwing cookie access (sandboxed iframe) also keeps working in memory', async () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('sandboxed', 'SecurityError');
      },
      set: () => {
        throw new DOMException('sandboxed', 'SecurityError');
      },
    });
    try {
      const h = make();
      expect(() => h.store.start()).not.toThrow();
      expect(() => h.store.rejectAll()).not.toThrow();
      expect(h.store.get().decided).toBe(true);
    } finally {
      delete (document as unknown as Record<string, unknown>).cookie;
    }
  });

  it('a record too large for a cookie is applied in memory and logged with console.error (validation refuses such configs first)', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const services: Record<string, ReturnType<typeof svc>> = {};
    for (let i = 0; i < 200; i++) services['service-with-a-long-id-' + i] = svc('analytics');
    const h = make({ services });
    h.store.start();
    h.store.acceptAll('banner');
    await decisionsWritten();
    expect(err.mock.calls[0][0]).toBeInstanceOf(RecordTooLargeError);
    expect(h.store.get().decided).toBe(true);
    expect(h.store.accepted('service-with-a-long-id-7')).toBe(true);
    expect(h.events.map((e) => e[0])).toEqual(['consent', 'update']);
    await decisionsWritten();
    expect(cookie()).toBeUndefined();
  });
});

it('encodes what it decodes (store and record agree on the shape)', async () => {
  const h = make();
  h.store.save({ categories: ['preferences'], services: { fb: true } }, 'preferences');
  await decisionsWritten();
  const r = stored()!;
  await decisionsWritten();
  expect(encodeRecord(r)).toBe(decodeURIComponent(cookie()!));
});

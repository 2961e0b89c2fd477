/**
 * A tiny in-memory KeksApi for component tests: records every call, keeps the
 * consent state the UI would read, and emits `update` like the real store.
 */
import type { ConsentSelection, ConsentSource, ConsentState, KeksApi, KeksEventMap } from '../../../src/api-types.js';
import { resolveConfig, type KeksConfig } from '../../../src/config.js';

export interface FakeApi extends KeksApi {
  calls: Array<[string, ...unknown[]]>;
  state: ConsentState;
}

export function fakeApi(config: KeksConfig = {}, initial: Partial<ConsentState> = {}): FakeApi {
  const resolved = resolveConfig(config);
  const ids = resolved.categoryIds;
  const necessary = ids.filter((id) => resolved.categories[id].necessary);
  const services = Object.keys(resolved.services);
  const listeners = new Set<(d: KeksEventMap['update']) => void>();
  const api: FakeApi = {
    version: 'test',
    calls: [],
    state: {
      decided: false,
      granted: necessary,
      denied: ids.filter((id) => !necessary.includes(id)),
      grantedServices: [],
      deniedServices: services,
      id: null,
      revision: 0,
      firstDecision: null,
      lastDecision: null,
      source: null,
      gpc: [],
      ...initial,
    },
    init: () => api,
    getConfig: () => resolved,
    getConsent: () => structuredClone(api.state),
    accepted: (id) => api.state.granted.includes(id) || api.state.grantedServices.includes(id),
    acceptAll(source?: ConsentSource) {
      api.calls.push(['acceptAll', source]);
      decide(ids, services, source);
    },
    rejectAll(source?: ConsentSource) {
      api.calls.push(['rejectAll', source]);
      decide(necessary, [], source);
    },
    save(selection: ConsentSelection, source?: ConsentSource) {
      api.calls.push(['save', selection, source]);
      const cats = [...new Set([...necessary, ...selection.categories])];
      const svcs = services.filter((s) => selection.services?.[s] ?? cats.includes(resolved.services[s].category));
      decide(cats, svcs, source);
    },
    reset() {
      api.calls.push(['reset']);
    },
    showBanner: async () => void api.calls.push(['showBanner']),
    showPreferences: async () => void api.calls.push(['showPreferences']),
    setLanguage: async () => void api.calls.push(['setLanguage']),
    subscribe(fn) {
      const l = (d: KeksEventMap['update']) => fn(d.state);
      listeners.add(l);
      fn(api.getConsent());
      return () => void listeners.delete(l);
    },
    on(name, listener) {
      if (name != 'update') return () => {};
      const l = listener as (d: KeksEventMap['update']) => void;
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  function decide(granted: string[], grantedServices: string[], source?: ConsentSource) {
    const now = Date.UTC(2026, 10, 25, 10, 30);
    api.state = {
      ...api.state,
      decided: true,
      granted,
      denied: ids.filter((id) => !granted.includes(id)),
      grantedServices,
      deniedServices: services.filter((s) => !grantedServices.includes(s)),
      id: api.state.id ?? 'c0ffee-1234',
      firstDecision: api.state.firstDecision ?? now,
      lastDecision: now,
      source: source ?? 'api',
    };
    const detail = { state: api.getConsent(), granted, denied: api.state.denied, changed: [], source: source ?? null };
    for (const l of listeners) l(detail);
  }
  return api;
}

/** A realistic config: Google Analytics (US), a Chinese (CN) and a Singapore (SG) provider. */
export const demoConfig: KeksConfig = {
  ui: { privacyPolicyUrl: '/privacy', cookiePolicyUrl: '/cookies' },
  services: {
    ga: {
      category: 'analytics',
      name: 'Google Analytics',
      provider: 'Google LLC',
      purpose: { en: 'Traffic statistics', cs: 'Statistiky návštěvnosti' },
      country: 'US',
      privacyPolicy: 'https://policies.google.com/privacy',
      optOut: 'https://tools.google.com/dlpage/gaoptout',
      cookies: [
        { name: '_ga', lifetime: 730, purpose: { en: 'Distinguishes visitors', cs: 'Rozlišuje návštěvníky' } },
        { name: '^_ga_', lifetime: 730, purpose: 'Session state' },
      ],
    },
    baidu: {
      category: 'analytics',
      name: 'Baidu Tongji',
      provider: 'Beijing Baidu Netcom Science Technology Co., Ltd.',
      purpose: 'Traffic statistics',
      country: 'CN',
      privacyPolicy: 'https://www.baidu.com/duty/yinsiquan-policy.html',
    },
    ads: {
      category: 'marketing',
      name: 'Shopee Ads',
      provider: 'Shopee Pte. Ltd.',
      purpose: 'Advertising',
      country: ['SG'],
      privacyPolicy: 'javascript:alert(1)',
    },
  },
};

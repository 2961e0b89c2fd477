// The loader's records hook: the chunk is imported on a decision or when a record is queued, never
// for a returning visitor with nothing queued, never without config.records.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeksApi } from '../../src/api-types';
import { QUEUE_KEY } from '../../src/records/queue-key';
import { validate } from '../../src/validate';

const chunk = { imports: 0, record: vi.fn(async () => {}), flush: vi.fn(async () => {}) };
vi.mock('../../src/gate/index', () => ({ startGate: () => ({ apply() {}, revoke() {} }) }));
vi.mock('../../src/ui-loader', () => ({
  loadUi: async () => ({ showBanner() {}, showPreferences() {}, setLanguage: async () => {} }),
  uiRequested: () => false,
  uiMounted: () => false,
}));

let api: KeksApi;
const settle = () => new Promise((r) => setTimeout(r, 10));
const start = async (config: object) => {
  vi.resetModules();
  // doMock on every page view: a fresh factory run is a fresh download of the chunk.
  vi.doMock('../../src/records/index', () => {
    chunk.imports++;
    return { record: chunk.record, flush: chunk.flush };
  });
  delete (window as { Keks?: unknown }).Keks;
  api = (await import('../../src/api')).api;
  api.init({ autoShow: false, ...config });
  await settle();
};
const RECORDS = { records: { endpoint: '/consent' } };

beforeEach(() => {
  vi.stubGlobal('BroadcastChannel', undefined);
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  localStorage.clear();
  chunk.imports = 0;
  chunk.record.mockClear();
  chunk.flush.mockClear();
});
afterEach(() => vi.unstubAllGlobals());

describe('records hook in the loader', () => {
  it('loads the chunk on a first decision and on a change, with the event detail', async () => {
    await start(RECORDS);
    expect(chunk.imports).toBe(0);
    api.acceptAll('banner');
    await settle();
    expect(chunk.imports).toBe(1);
    api.rejectAll('preferences');
    await settle();
    expect(chunk.record.mock.calls.map((c) => (c as unknown as [{ source: string }])[0].source)).toEqual([
      'banner',
      'preferences',
    ]);
  });

  it('a returning visitor with nothing queued downloads none of it', async () => {
    await start(RECORDS);
    api.acceptAll('banner');
    await settle();
    chunk.imports = 0;
    await start(RECORDS); // the next page view: the cookie holds the decision
    expect(api.getConsent().decided).toBe(true);
    expect(chunk.imports).toBe(0);
    expect(chunk.flush).not.toHaveBeenCalled();
  });

  it('a GPC signal applied to a stored decision is sent as a record with source gpc', async () => {
    await start(RECORDS);
    api.acceptAll('banner');
    await settle();
    vi.stubGlobal('navigator', { ...navigator, globalPrivacyControl: true });
    chunk.record.mockClear();
    await start(RECORDS); // the next page view, now with the signal on: marketing is denied
    const calls = chunk.record.mock.calls as unknown as [{ source: string; state: { denied: string[] } }][];
    expect(calls.map((c) => c[0].source)).toEqual(['gpc']);
    expect(calls[0][0].state.denied).toContain('marketing');
  });

  it('a queued record from an earlier page view loads it and flushes, without a decision', async () => {
    localStorage.setItem(QUEUE_KEY, '[{"key":"x"}]');
    await start(RECORDS);
    expect(chunk.imports).toBe(1);
    expect(chunk.flush).toHaveBeenCalledTimes(1);
    expect(chunk.record).not.toHaveBeenCalled();
  });

  it('without config.records, nothing is loaded even for decisions', async () => {
    localStorage.setItem(QUEUE_KEY, '[{"key":"x"}]');
    await start({});
    api.acceptAll('banner');
    await settle();
    expect(chunk.imports).toBe(0);
  });
});

describe('config.records validation', () => {
  const problems = (records: unknown) => validate({ records }).map((p) => `${p.path}: ${p.message}`);
  it('accepts https URLs and same-origin paths', () => {
    for (const endpoint of ['https://records.example.com/consent', 'https://example.com:8443/', '/consent', '/'])
      expect(problems({ endpoint }), endpoint).toEqual([]);
  });
  it('refuses http, protocol-relative, other schemes, credentials, and names the field', () => {
    for (const endpoint of [
      'http://example.com/consent',
      '//evil.example/c',
      'javascript:alert(1)',
      'consent',
      'https://u:p@x.example/',
      7,
    ])
      expect(problems({ endpoint }), String(endpoint)).toEqual([
        'records.endpoint: must be an https URL or a same-origin path (/consent)',
      ]);
  });
  it('requires the endpoint and refuses unknown options', () => {
    expect(problems({})).toEqual(['records.endpoint: is required']);
    expect(problems({ endpoint: '/c', ip: true })[0]).toMatch(/^records\.ip: unknown option/);
    expect(problems('/consent')).toEqual(['records: must be an object']);
  });
});

// The records chunk's retry queue and sender: failure keeps, success removes, oldest first, no duplicate,
// bounded, a page being hidden hands records to sendBeacon. fetch is a stand-in here; Chromium and a real
// receiver prove the network path in test/e2e/records.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentEventDetail, ConsentState } from '../../src/api-types';
import { resolveConfig } from '../../src/config';
import { QUEUE_KEY } from '../../src/records/queue-key';
import type { ConsentRecordPayload } from '../../src/records/types';

const config = resolveConfig({ records: { endpoint: '/consent' } });
const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const detail = (ms: number, id = ID): ConsentEventDetail => {
  const state: ConsentState = {
    decided: true,
    granted: ['necessary', 'analytics'],
    denied: ['preferences', 'marketing'],
    grantedServices: [],
    deniedServices: [],
    id,
    revision: 0,
    firstDecision: ms,
    lastDecision: ms,
    source: 'banner',
    gpc: [],
  };
  return { state, granted: state.granted, denied: state.denied, changed: [], source: 'banner' };
};
const queued = (): ConsentRecordPayload[] => JSON.parse(localStorage.getItem(QUEUE_KEY) || '[]');
let answers: (number | Error)[];
let sent: ConsentRecordPayload[];

/** A new page view: a fresh copy of the chunk, the same localStorage. */
const pageView = async () => {
  vi.resetModules();
  return import('../../src/records/index');
};

beforeEach(() => {
  localStorage.clear();
  sent = [];
  answers = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(init.body as string));
      const a = answers.length ? answers.shift()! : 202;
      if (a instanceof Error) throw a;
      return new Response(null, { status: a });
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('records queue', () => {
  it('sends a decision with fetch keepalive, no credentials, JSON, and leaves nothing queued on 202', async () => {
    const m = await pageView();
    await m.record(detail(1000), config);
    expect(sent.map((r) => r.key)).toEqual([ID + '.' + (1000).toString(36)]);
    const init = vi.mocked(fetch).mock.calls[0][1]!;
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(vi.mocked(fetch).mock.calls[0][0]).toBe('/consent');
    expect(localStorage.getItem(QUEUE_KEY)).toBeNull();
  });

  it('keeps a record the receiver could not store (503, network error) and delivers it on the next page view', async () => {
    answers = [503];
    let m = await pageView();
    await m.record(detail(1000), config);
    expect(queued().map((r) => r.time)).toEqual([new Date(1000).toISOString()]);
    answers = [new TypeError('Failed to fetch')];
    m = await pageView();
    await m.flush(config);
    expect(queued()).toHaveLength(1);
    m = await pageView();
    await m.flush(config);
    expect(queued()).toEqual([]);
    expect(sent.map((r) => r.key)).toEqual(Array(3).fill(ID + '.' + (1000).toString(36)));
  });

  it('retries oldest first and stops at the first failure, keeping the order', async () => {
    answers = [503];
    let m = await pageView();
    await m.record(detail(1000), config);
    answers = [503];
    await m.record(detail(2000), config);
    answers = [503];
    await m.record(detail(3000), config);
    expect(queued().map((r) => r.time.slice(17, 23))).toEqual(['01.000', '02.000', '03.000']);
    sent = [];
    answers = [202, 503];
    m = await pageView();
    await m.flush(config);
    expect(sent.map((r) => r.time.slice(17, 23))).toEqual(['01.000', '02.000']);
    expect(queued().map((r) => r.time.slice(17, 23))).toEqual(['02.000', '03.000']);
    sent = [];
    m = await pageView();
    await m.flush(config);
    expect(sent.map((r) => r.time.slice(17, 23))).toEqual(['02.000', '03.000']);
    expect(queued()).toEqual([]);
  });

  it('queues one record per decision: a replayed event or another tab adds no duplicate', async () => {
    answers = [503, 503];
    const m = await pageView();
    await m.record(detail(1000), config);
    await m.record(detail(1000), config);
    expect(queued()).toHaveLength(1);
  });

  it('drops a record the receiver refuses for good (422), so it is never retried', async () => {
    answers = [422];
    const m = await pageView();
    await m.record(detail(1000), config);
    expect(queued()).toEqual([]);
  });

  it('is bounded: beyond 50 the oldest records go', async () => {
    answers = Array(60).fill(503);
    const m = await pageView();
    for (let i = 1; i <= 60; i++) await m.record(detail(i * 1000), config);
    const q = queued();
    expect(q).toHaveLength(50);
    expect(q[0].time).toBe(new Date(11_000).toISOString());
    expect(q[49].time).toBe(new Date(60_000).toISOString());
  });

  it('keeps the queue in memory for the page view when localStorage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    answers = [503];
    const m = await pageView();
    await m.record(detail(1000), config);
    expect(sent).toHaveLength(1);
    await m.flush(config);
    expect(sent).toHaveLength(2);
    expect(sent[1].key).toBe(sent[0].key);
    await m.flush(config);
    expect(sent).toHaveLength(2); // delivered by the second try, nothing left
  });

  it('while the page is hidden hands the record to sendBeacon as text and keeps it until confirmed', async () => {
    const beacon = vi.fn(() => true);
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: beacon });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const m = await pageView();
    await m.record(detail(1000), config);
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.mock.calls[0] as unknown as [string, string];
    expect(url).toBe('/consent');
    expect(typeof body).toBe('string');
    expect(JSON.parse(body).key).toBe(ID + '.' + (1000).toString(36));
    expect(fetch).not.toHaveBeenCalled();
    expect(queued()).toHaveLength(1);
  });

  it('falls back to fetch keepalive when sendBeacon refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, sendBeacon: () => false });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const m = await pageView();
    await m.record(detail(1000), config);
    expect(vi.mocked(fetch).mock.calls[0][1]).toMatchObject({ keepalive: true, credentials: 'omit' });
  });

  it('records nothing after a reset (no decision, no consent id)', async () => {
    const m = await pageView();
    const d = detail(1000);
    await m.record({ ...d, state: { ...d.state, decided: false, id: null, lastDecision: null, source: null } }, config);
    expect(sent).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORMAT_VERSION, decodeRecord, type ConsentRecord, type DecodeContext } from '../../src/record.js';
import { encodeRecord } from '../../src/record-encode.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const DAY = 864e5;
const ctx: DecodeContext = {
  revision: 3,
  expiresDays: 182,
  categories: ['preferences', 'analytics', 'marketing'],
  now: NOW,
};
const record: ConsentRecord = {
  revision: 3,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  first: NOW - 10 * DAY,
  last: NOW - DAY,
  granted: ['necessary', 'analytics'],
  denied: ['preferences', 'marketing'],
  grantedServices: ['youtube'],
  deniedServices: ['ga'],
  source: 'preferences',
  gpc: false,
};
const value = encodeRecord(record);
/** Replace field `i` of the encoded value. */
const withField = (i: number, v: string): string =>
  value
    .split('~')
    .map((f, j) => (j == i ? v : f))
    .join('~');
/** RFC 6265 §4.1.1 cookie-octet, minus what js-cookie would percent-encode (only RFC 3986 unreserved stays as is). */
const SAFE = /^[A-Za-z0-9\-._~]*$/;

describe('encodeRecord / decodeRecord', () => {
  it('round-trips a record and starts with the format version', () => {
    expect(FORMAT_VERSION).toBe(1);
    expect(value.startsWith('1~')).toBe(true);
    expect(value).toMatch(SAFE);
    expect(decodeRecord(value, ctx)).toEqual(record);
  });

  it('stores times in whole seconds (ms are dropped)', () => {
    const r = decodeRecord(encodeRecord({ ...record, first: record.first + 999, last: record.last + 1 }), ctx);
    expect(r?.first).toBe(record.first);
    expect(r?.last).toBe(record.last);
  });

  it('keeps every source and the gpc flag', () => {
    for (const source of ['banner', 'preferences', 'api', 'gpc', 'placeholder'] as const)
      for (const gpc of [true, false])
        expect(decodeRecord(encodeRecord({ ...record, source, gpc }), ctx)).toEqual({ ...record, source, gpc });
  });

  it('accepts empty lists and services not mentioned (they follow their category)', () => {
    const r = {
      ...record,
      granted: [],
      denied: ['preferences', 'analytics', 'marketing'],
      grantedServices: [],
      deniedServices: [],
    };
    expect(decodeRecord(encodeRecord(r), ctx)).toEqual(r);
  });

  it('accepts categories the config no longer has (kept, ignored by the store)', () => {
    const r = { ...record, denied: [...record.denied, 'social'] };
    expect(decodeRecord(encodeRecord(r), ctx)).toEqual(r);
  });

  it('uses Date.now() when ctx.now is absent', () => {
    const fresh = { ...record, first: Date.now() - DAY, last: Date.now() - DAY };
    expect(decodeRecord(encodeRecord(fresh), { ...ctx, now: undefined })?.id).toBe(record.id);
    expect(decodeRecord(value, { ...ctx, now: undefined, expiresDays: 1 / 24 })).toBeNull();
  });

  const nulls: [string, unknown, Partial<DecodeContext>?][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 12],
    ['an object', { value }],
    ['an empty string', ''],
    ['JSON from another library', '{"categories":["analytics"],"revision":3}'],
    ['an older format version', withField(0, '0')],
    ['a future format version', withField(0, '2')],
    ['a version with junk', withField(0, '1a')],
    ['a truncated value', value.split('~').slice(0, 10).join('~')],
    ['a value cut in the middle', value.slice(0, value.length - 8)],
    ['an extra field', value + '~x'],
    ['an older revision', value, { revision: 4 }],
    ['a newer revision', value, { revision: 2 }],
    ['a revision in decimal junk', withField(1, '03')],
    ['a non-numeric time', withField(3, 'zz!z')],
    ['an empty time', withField(4, '')],
    ['a negative time', withField(4, '-1')],
    ['first after last', withField(3, (NOW / 1e3).toString(36))],
    ['a time in the future beyond a day of skew', withField(4, Math.floor((NOW + 25 * 36e5) / 1e3).toString(36))],
    ['an expired decision (from the stored time, not the cookie expiry)', value, { expiresDays: 1 }],
    ['a decision expired exactly now', value, { now: record.last + 182 * DAY }],
    ['a category in neither list (config gained one)', value, { categories: [...ctx.categories, 'social'] }],
    ['a category in both lists', withField(6, 'preferences.marketing.analytics')],
    ['a category twice', withField(5, 'necessary.analytics.analytics')],
    ['a service in both lists', withField(8, 'ga.youtube')],
    ['a bad category id', withField(5, 'necessary.Analytics')],
    ['a bad service id', withField(7, '1youtube')],
    ['an empty id in a list', withField(5, 'necessary..analytics')],
    ['a malformed consent id', withField(2, 'not-a-uuid')],
    ['an uppercase consent id', withField(2, record.id.toUpperCase())],
    ['an unknown source', withField(9, '7')],
    ['a source index by property name', withField(9, 'length')],
    ['a bad gpc flag', withField(10, 'true')],
  ];
  for (const [name, v, c] of nulls)
    it(`returns null for ${name}`, () => {
      expect(decodeRecord(v, { ...ctx, ...c })).toBeNull();
    });

  it('keeps a decision stamped up to a day in the future (a clock that runs ahead)', () => {
    for (const ahead of [60e3, 5 * 36e5, 23.9 * 36e5]) {
      const r = { ...record, first: NOW + ahead - (ahead % 1e3), last: NOW + ahead - (ahead % 1e3) };
      expect(decodeRecord(encodeRecord(r), ctx)).toEqual(r);
    }
  });
});

describe('properties', () => {
  const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,11}$/);
  const ids = fc.uniqueArray(id, { maxLength: 8 });
  const seconds = fc.integer({ min: 0, max: 1e9 }).map((s) => s * 1e3);
  const validRecord = fc
    .record({
      revision: fc.nat({ max: 1e6 }),
      id: fc.uuid({ version: 4 }),
      t: fc.tuple(seconds, seconds),
      cats: ids,
      split: fc.nat(),
      services: ids,
      split2: fc.nat(),
      source: fc.constantFrom('banner', 'preferences', 'api', 'gpc', 'placeholder' as const),
      gpc: fc.boolean(),
    })
    .map(({ t, cats, split, services, split2, ...r }): ConsentRecord => {
      const a = split % (cats.length + 1);
      const b = split2 % (services.length + 1);
      return {
        ...r,
        first: Math.min(...t),
        last: Math.max(...t),
        granted: cats.slice(0, a),
        denied: cats.slice(a),
        grantedServices: services.slice(0, b),
        deniedServices: services.slice(b),
      };
    });
  const contextFor = (r: ConsentRecord): DecodeContext => ({
    revision: r.revision,
    expiresDays: 182,
    categories: [...r.granted, ...r.denied],
    now: r.last + 1000,
  });

  it('decode(encode(r)) is r for every valid record, and the value is cookie-safe', () => {
    fc.assert(
      fc.property(validRecord, (r) => {
        const v = encodeRecord(r);
        expect(v).toMatch(SAFE);
        expect(decodeRecord(v, contextFor(r))).toEqual(r);
      }),
    );
  });

  const check = (v: unknown): void => {
    const r = decodeRecord(v, { ...ctx, categories: [] });
    // Null, or a record that passes its own checks when written again.
    if (r) expect(decodeRecord(encodeRecord(r), { ...ctx, categories: [] })).toEqual(r);
  };
  // A hundred random strings: seconds on a busy machine, so more room than the 5 s default.
  it('never throws on any string', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), check)), 30_000);
  it('never throws on strings shaped like a record', () =>
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('1', '3', '', record.id, 'a.b', 'a..b', '0')), {
          minLength: 9,
          maxLength: 13,
        }),
        (f) => check(f.join('~')),
      ),
    ));
  it('never throws on anything', () => fc.assert(fc.property(fc.anything(), check)));
  it('a mutated valid value is null or still passes its own checks', () =>
    fc.assert(
      fc.property(fc.nat(value.length - 1), fc.constantFrom('~', '.', '0', 'z', '', '-', 'A'), (i, c) =>
        check(value.slice(0, i) + c + value.slice(i + 1)),
      ),
    ));
});

// The consent record a real store decision produces: exactly the documented fields, valid against
// records.schema.json and accepted by the receiver's own check, no query/fragment, nothing identifying.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentEventDetail, KeksApi } from '../../src/api-types';
import { checkRecord } from '../../src/node/records/validate-record';
import { configHash } from '../../src/records/config-hash';
import { buildRecord } from '../../src/records/payload';
import { RECORD_FIELDS_IN_ORDER as FIELDS } from '../helpers/records';

vi.mock('../../src/gate/index', () => ({ startGate: () => ({ apply() {}, revoke() {} }) }));
vi.mock('../../src/ui-loader', () => ({
  loadUi: async () => ({ showBanner() {}, showPreferences() {}, setLanguage: async () => {} }),
  uiRequested: () => false,
  uiMounted: () => false,
}));
// The chunk itself is tested in records-queue.test.ts; here only what it would be given.
vi.mock('../../src/records/index', () => ({ record: async () => {}, flush: async () => {} }));

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../schemas/records.schema.json'), 'utf8'));
const validateSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const svc = (category: string) => ({
  category,
  provider: 'P',
  purpose: 'x',
  country: 'US',
  privacyPolicy: 'https://p.example/privacy',
});
const input = {
  revision: 3,
  services: { ga: svc('analytics'), ads: svc('marketing') },
  records: { endpoint: '/consent' },
};
let api: KeksApi;
let events: ConsentEventDetail[];

beforeEach(async () => {
  vi.resetModules();
  vi.stubGlobal('BroadcastChannel', undefined);
  document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  delete (window as { Keks?: unknown }).Keks;
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(
    'https://shop.example/kosik/objednavka?email=jana%40example.cz&utm_source=x#platba',
  );
  document.documentElement.lang = 'cs-CZ';
  api = (await import('../../src/api')).api;
  api.init(input);
  events = [];
  api.on('consent', (d) => events.push(d));
  api.on('change', (d) => events.push(d));
});
afterEach(async () => {
  vi.unstubAllGlobals();
  // A decision makes Keks import its records chunk without waiting for it; let that import finish before the
  // next test resets the modules (or the file's environment is torn down under it).
  await vi.dynamicImportSettled();
});

describe('record payload', () => {
  it('has exactly the documented fields, matches the schema and the receiver accepts it', () => {
    api.save({ categories: ['analytics'] }, 'preferences');
    const r = buildRecord(events[0], api.getConfig()!)!;
    expect(Object.keys(r)).toEqual(FIELDS);
    expect(validateSchema(r), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(checkRecord(r)).toBeUndefined();
    const s = api.getConsent();
    expect(r).toMatchObject({
      consentId: s.id,
      key: `${s.id}.${s.lastDecision!.toString(36)}`,
      time: new Date(s.lastDecision!).toISOString(),
      revision: 3,
      granted: ['necessary', 'analytics'],
      denied: ['preferences', 'marketing'],
      grantedServices: ['ga'],
      deniedServices: ['ads'],
      source: 'preferences',
      language: 'cs-CZ',
      url: 'https://shop.example/kosik/objednavka',
    });
  });

  it('never carries the query, fragment, user agent, cookies or anything beyond the decision', () => {
    document.cookie = 'session=secret-session-token; path=/';
    api.acceptAll('banner');
    const text = JSON.stringify(buildRecord(events[0], api.getConfig()!));
    for (const leak of ['jana', 'utm_source', 'platba', navigator.userAgent, 'secret-session-token', 'Mozilla'])
      expect(text).not.toContain(leak);
  });

  it('records every kind of decision: first choice, change, withdrawal; the same decision gets the same key', () => {
    api.acceptAll('banner');
    api.rejectAll('preferences');
    const [first, withdrawal] = events.map((d) => buildRecord(d, api.getConfig()!)!);
    expect(first.source).toBe('banner');
    expect(withdrawal).toMatchObject({ source: 'preferences', denied: ['preferences', 'analytics', 'marketing'] });
    expect(withdrawal.consentId).toBe(first.consentId);
    expect(buildRecord(events[0], api.getConfig()!)!.key).toBe(first.key);
    expect(schemaAndReceiver(withdrawal)).toBe(true);
  });

  it('gives no record after a reset (there is no decision to prove)', () => {
    api.acceptAll('banner');
    api.reset();
    expect(buildRecord(events[events.length - 1], api.getConfig()!)).toBeNull();
  });

  it('fingerprints the config: the same config hashes the same, a changed purpose does not', () => {
    const c = api.getConfig()!;
    expect(configHash(c)).toMatch(/^[\da-f]{16}$/);
    expect(configHash(structuredClone(c))).toBe(configHash(c));
    const changed = structuredClone(c);
    changed.services.ga = { ...changed.services.ga, purpose: 'y' };
    expect(configHash(changed)).not.toBe(configHash(c));
  });
});

const schemaAndReceiver = (r: unknown): boolean => validateSchema(r) && !checkRecord(r);

describe('schema and receiver agree on bad records', () => {
  it('both refuse an extra field, a missing field, a query in the url', () => {
    api.acceptAll('banner');
    const r = buildRecord(events[0], api.getConfig()!)!;
    for (const bad of [
      { ...r, ip: '203.0.113.1' },
      { ...r, url: r.url + '?q=1' },
      { ...r, source: 'robot' },
    ]) {
      expect(validateSchema(bad)).toBe(false);
      expect(checkRecord(bad)).toBeDefined();
    }
    const { language: _, ...missing } = r;
    expect(validateSchema(missing)).toBe(false);
    expect(checkRecord(missing)).toEqual({ field: 'language', message: 'is required' });
  });
});

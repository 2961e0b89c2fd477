import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/services/all.js';
import { CATALOGUE_IDS } from '../../src/services/ids.js';
import * as hostParts from '../../src/services/hosts/index.js';
import { validate } from '../../src/validate.js';
import { DEFAULT_CONSENT_MODE_MAPPING } from '../../src/config.js';

const ISO = /^[A-Z]{2}$/;
const HOST = /^([a-z\d]([a-z\d-]*[a-z\d])?\.)*[a-z\d]([a-z\d-]*[a-z\d])?$/;
const DURATION = /^(session|P\d+[YMWD]|PT\d+[HMS])$/;
const KINDS = [
  'analytics',
  'tag-manager',
  'advertising',
  'video',
  'maps',
  'chat',
  'ab-testing',
  'session-replay',
  'social',
  'fonts-cdn',
  'security',
  'marketing-automation',
];
const text = (t: unknown) => {
  const o = t as Record<string, string>;
  expect(Object.keys(o)).toEqual(expect.arrayContaining(['cs', 'en']));
  for (const v of Object.values(o)) expect(v.trim().length).toBeGreaterThan(8);
  // Our own words in each language, not one copied into the other.
  expect(o.cs).not.toBe(o.en);
};

describe('service catalogue', () => {
  it('has at least 60 entries with unique ids, sorted, matching the id list', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(CATALOGUE_IDS);
  });

  it('covers the kinds of service sites use, and the Chinese and Russian ones', () => {
    const kinds = new Set(CATALOGUE.map((e) => e.kind));
    for (const k of [
      'analytics',
      'tag-manager',
      'advertising',
      'video',
      'maps',
      'chat',
      'ab-testing',
      'session-replay',
      'social',
      'fonts-cdn',
    ])
      expect(kinds, k).toContain(k);
    const providers = CATALOGUE.map((e) => e.provider).join('\n');
    for (const p of ['Baidu', 'YANDEX', 'Tencent', 'Alibaba Cloud', 'TikTok', 'Ocean Engine'])
      expect(providers).toContain(p);
    expect(CATALOGUE.some((e) => e.countries.includes('CN'))).toBe(true);
    expect(CATALOGUE.some((e) => e.countries.includes('SG'))).toBe(true);
    expect(CATALOGUE.some((e) => e.countries.includes('RU'))).toBe(true);
  });

  for (const e of CATALOGUE)
    it(`entry ${e.id} is complete and well-formed`, () => {
      expect(e.id).toMatch(/^[a-z][a-z\d-]*$/);
      expect(e.name.trim()).not.toBe('');
      expect(e.provider.trim().length).toBeGreaterThan(3);
      expect(e.providerCountry).toMatch(ISO);
      expect(e.countries.length).toBeGreaterThan(0);
      for (const c of e.countries) expect(c).toMatch(ISO);
      expect(e.countries).not.toContain('UK');
      expect(e.privacyPolicy).toMatch(/^https:\/\/[^/\s]+/);
      if (e.optOut !== undefined) expect(e.optOut).toMatch(/^https:\/\//);
      expect(['necessary', 'preferences', 'analytics', 'marketing']).toContain(e.category);
      expect(KINDS).toContain(e.kind);
      text(e.purpose);
      expect(e.hosts.length).toBeGreaterThan(0);
      expect(new Set(e.hosts).size).toBe(e.hosts.length);
      for (const h of e.hosts) expect(h).toMatch(HOST);
      for (const c of e.cookies) {
        expect(c.name.trim()).not.toBe('');
        if (c.name[0] == '^') expect(() => new RegExp(c.name)).not.toThrow();
        expect(c.lifetime).toMatch(DURATION);
        expect(['first', 'third']).toContain(c.party);
        if (c.party == 'third') expect(c.domain).toMatch(HOST);
        text(c.purpose);
      }
      for (const s of e.storage) {
        expect(['local', 'session']).toContain(s.kind);
        text(s.purpose);
      }
      const all = Object.values(DEFAULT_CONSENT_MODE_MAPPING).flat();
      for (const t of e.consentMode ?? []) expect(all).toContain(t);
      // Analytics and advertising are never strictly necessary (EDPB Cookie Banner Taskforce 2023).
      if (e.category == 'necessary') expect(e.kind).toBe('security');
    });

  it('every entry, used as a plain service, passes config validation', () => {
    const services = Object.fromEntries(
      CATALOGUE.map((e) => [
        e.id,
        {
          category: e.category,
          name: e.name,
          provider: e.provider,
          purpose: e.purpose,
          country: e.countries,
          privacyPolicy: e.privacyPolicy,
          ...(e.optOut ? { optOut: e.optOut } : {}),
          cookies: e.cookies.map((c) => ({ name: c.name, lifetime: c.lifetime, purpose: c.purpose })),
          storage: e.storage.map((s) => s.name),
          hosts: e.hosts,
        },
      ]),
    );
    const errors = validate({ services }).filter((p) => p.level == 'error' && !p.path.startsWith('config'));
    expect(errors).toEqual([]);
  });

  it('loader parts match their entries and carry no text', () => {
    const parts = Object.values(hostParts);
    expect(parts.length).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      const part = parts.find((p) => p.id == e.id)!;
      expect(part.category).toBe(e.category);
      expect(part.hosts).toEqual(e.hosts);
      expect(part.countries).toEqual(e.countries);
      expect(part.cookies).toEqual(e.cookies.filter((c) => c.party == 'first').map((c) => c.name));
      expect(JSON.stringify(part)).not.toContain(e.purpose.en);
    }
  });

  it('the generated files are up to date with the entries', () => {
    // Fails (exit 1) when someone edits an entry without running the generator.
    expect(() => execFileSync('node', ['scripts/build-catalogue.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
    // It transpiles every entry with TypeScript: slow on a busy machine, so a generous limit.
  }, 60_000);
});

// @vitest-environment node
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../../src/node/scan/args';
import { lifetimeText, loadKnowledge, lookupCookie } from '../../../src/node/scan/catalogue';
import type { KeksConfig } from '../../../src/config';
import { REVIEW, UNKNOWN_COUNTRY, draftConfig, lifetimeOf } from '../../../src/node/scan/draft-config';
import { analyse } from '../../../src/node/scan/findings';
import { createCookieLookup, createMatcher } from '../../../src/node/scan/match';
import { buildReport, exitCodeOf } from '../../../src/node/scan/report-json';
import { countryList, md, renderMarkdown } from '../../../src/node/scan/report-md';
import type { ScanReport } from '../../../src/node/scan/report-types';
import { validate } from '../../../src/validate';
import { ENTRIES, FACTS, PAGE, SITE_KEKS, cookie, matcher, records, request, scanOf, storage } from './fixtures';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/scan-report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// date-time is checked by the pattern below, so the formats plugin is not needed for these tests.
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const checkSchema = ajv.compile(schema);

const options = parseScanArgs([PAGE])!;
const held = (config: KeksConfig, host: string): boolean =>
  Object.values(config.services ?? {}).some((s) => (s.hosts ?? []).some((h) => host == h || host.endsWith('.' + h)));

const plainScan = scanOf({
  before: records({
    requests: [
      request('before', 'https://www.googletagmanager.com/gtag/js'),
      request('before', 'https://pixel.adnet.example/p.gif'),
      request('before', 'https://www.shop.example/app.js', 'first'),
    ],
    cookies: [
      cookie('before', '_ga'),
      cookie('before', 'uid', '.adnet.example', 'third', null),
      cookie('before', 'PHPSESSID'),
      cookie('before', 'theme'),
    ],
    storage: [storage('before', '_hjid')],
    frames: [
      {
        phase: 'before',
        page: PAGE,
        url: 'https://pixel.adnet.example/f.html',
        host: 'pixel.adnet.example',
        party: 'third',
      },
    ],
  }),
  accept: records({ requests: [request('accept', 'https://www.googletagmanager.com/gtag/js')] }),
});

function reportOf(scans = [plainScan]): ScanReport {
  const findings = analyse(scans, matcher);
  return buildReport({
    options,
    version: '0.0.0-test',
    startedAt: new Date('2026-11-29T10:00:00Z'),
    finishedAt: new Date('2026-11-29T10:01:00Z'),
    scans,
    findings,
    draft: draftConfig(findings, scans, ENTRIES, Date.parse('2026-11-29T10:01:00Z')),
    messages: ['sitemap.xml lists ftp://x, which is not an http(s) URL; skipped'],
  });
}

describe('report.json schema', () => {
  it('a real report (with leaks, unknowns, frames and a draft) follows the schema', () => {
    const report = JSON.parse(JSON.stringify(reportOf()));
    expect(checkSchema(report), ajv.errorsText(checkSchema.errors)).toBe(true);
    expect(report.leaks.length).toBeGreaterThan(0);
    expect(report.unknown.length).toBeGreaterThan(0);
    expect(report.phases.before.frames).toHaveLength(1);
  });

  it('the schema rejects what the shape forbids', () => {
    // A JSON copy of the report, edited freely to break the shape.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const broken = (edit: (r: Record<string, any>) => void): boolean => {
      const r = JSON.parse(JSON.stringify(reportOf()));
      edit(r);
      return checkSchema(r) as boolean;
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((r) => delete r.leaks)).toBe(false);
    expect(broken((r) => (r.leaks[0].phase = 'accept'))).toBe(false);
    expect(broken((r) => (r.leaks[0].kind = 'pixel'))).toBe(false);
    expect(broken((r) => (r.phases.before.cookies[0].sameSite = 'lax'))).toBe(false);
    expect(broken((r) => (r.services[0].countries = ['usa']))).toBe(false);
    expect(broken((r) => (r.exitCode = 3))).toBe(false);
    expect(broken((r) => (r.extra = 1))).toBe(false);
    expect(broken((r) => delete r.draft.services[Object.keys(r.draft.services)[0]].privacyPolicy)).toBe(false);
  });

  it('the exit code: 2 when the start page failed, 1 on a leak, 2 when another page failed, else 0', () => {
    const clean = scanOf({ before: records({}), accept: records({}) });
    const failed = {
      ...scanOf({}),
      report: { ...scanOf({}).report, url: 'https://www.shop.example/x', status: 'error' as const },
    };
    const none = { services: [], unknown: [], leaks: [] };
    const leaky = analyse([plainScan], matcher);
    expect(exitCodeOf([clean], none, PAGE)).toBe(0);
    expect(exitCodeOf([clean], leaky, PAGE)).toBe(1);
    expect(exitCodeOf([clean, failed], none, PAGE)).toBe(2);
    const partial = {
      ...clean,
      report: { ...clean.report, url: 'https://www.shop.example/y', status: 'incomplete' as const },
    };
    expect(exitCodeOf([clean, partial], none, PAGE)).toBe(2);
    expect(exitCodeOf([clean, partial], leaky, PAGE)).toBe(1);
    expect(exitCodeOf([{ ...clean, report: { ...clean.report, status: 'error' } }], leaky, PAGE)).toBe(2);
    expect(reportOf().exitCode).toBe(1);
  });
});

describe('draft config', () => {
  it('passes Keks validation and holds every third party found', () => {
    const report = reportOf();
    expect(validate(report.draft).filter((p) => p.level == 'error')).toEqual([]);
    const services = Object.values(report.draft.services!);
    const held = (host: string): boolean =>
      services.some((s) => (s.hosts ?? []).some((h) => host == h || host.endsWith('.' + h)));
    for (const r of report.phases.before.requests.filter((r) => r.party == 'third'))
      expect(held(r.host), r.host).toBe(true);
    expect(report.draft.services!['google-analytics']).toMatchObject({
      category: 'analytics',
      provider: 'Google Ireland Limited',
      country: ['IE', 'US'],
      hosts: ['google-analytics.com', 'googletagmanager.com'],
    });
    expect(report.draft.services!['adnet-example']).toMatchObject({
      category: 'marketing',
      country: UNKNOWN_COUNTRY,
      hosts: ['adnet.example'],
      cookies: [{ name: 'uid', domain: 'adnet.example', lifetime: { en: 'session', cs: 'relace' } }],
    });
    expect(String(report.draft.services!['adnet-example'].provider)).toContain(REVIEW);
    // Every cookie a service was identified by is declared, so withdrawal deletes it.
    expect(report.draft.services!['ocd-php-net']).toMatchObject({
      category: 'necessary',
      cookies: [{ name: 'PHPSESSID' }],
    });
    expect(report.draft.services!.hotjar).toMatchObject({ storage: ['_hjid'] });
  });

  it("keeps the page's own services and categories, and adds what they miss", () => {
    const scans = [
      scanOf(
        {
          before: records({
            requests: [
              request('before', 'https://static.hotjar.com/c.js'),
              request('before', 'https://connect.tracker.example/t.js'),
            ],
          }),
        },
        SITE_KEKS,
      ),
    ];
    const draft = draftConfig(analyse(scans, matcher), scans, ENTRIES);
    expect(validate(draft).filter((p) => p.level == 'error')).toEqual([]);
    expect(draft.services!.heatmap).toEqual(SITE_KEKS.services[2].config);
    expect(Object.keys(draft.services!)).toEqual(['heatmap', 'tracker-example']);
    expect(Object.keys(draft.categories!)).toEqual(['necessary', 'analytics', 'marketing', 'preferences']);
  });

  it('a service id never collides with a category id', () => {
    const entries = [{ ...ENTRIES[0], id: 'analytics' }];
    const m = createMatcher(entries, createCookieLookup(FACTS));
    const scans = [
      scanOf({ accept: records({ requests: [request('accept', 'https://www.googletagmanager.com/x.js')] }) }),
    ];
    const draft = draftConfig(analyse(scans, m), scans, entries);
    expect(Object.keys(draft.services!)).toEqual(['analytics-2']);
    expect(validate(draft).filter((p) => p.level == 'error')).toEqual([]);
  });

  it('a draft for every host of the real catalogue passes validation and holds each host', async () => {
    const { entries, lookup } = await loadKnowledge();
    expect(entries.length).toBeGreaterThan(60);
    const m = createMatcher(entries, lookup);
    const hosts = [...new Set(entries.flatMap((e) => e.hosts))];
    const scans = [
      scanOf({ accept: records({ requests: hosts.map((h) => request('accept', `https://x.${h}/t.js`)) }) }),
    ];
    const findings = analyse(scans, m);
    expect(findings.unknown).toEqual([]);
    const draft = draftConfig(findings, scans, entries);
    expect(validate(draft).filter((p) => p.level == 'error')).toEqual([]);
    for (const h of hosts) expect(held(draft, `x.${h}`), h).toBe(true);
    // Catalogue facts reach the draft: countries with the provider's seat, lifetimes as text.
    expect(draft.services!.hotjar).toMatchObject({
      provider: 'Hotjar Ltd.',
      country: ['MT', 'IE', 'US'],
      cookies: expect.arrayContaining([
        { name: '^_hjSessionUser_', lifetime: { en: '1 year', cs: '1 rok' }, purpose: expect.anything() },
      ]),
    });
  });

  it("a pixel wins over the same company's social plugins on a shared host", async () => {
    const { entries, lookup } = await loadKnowledge();
    expect(createMatcher(entries, lookup).host('connect.facebook.net')?.id).toBe('meta-pixel');
  });

  it('the Open Cookie Database extract answers for cookies the catalogue does not know', () => {
    expect(lookupCookie('PHPSESSID')).toMatchObject({ platform: 'PHP.net', category: 'Functional' });
    expect(lookupCookie('definitely-not-a-cookie-name')).toBeUndefined();
    expect(lifetimeText('P13M')).toEqual({ en: '13 months', cs: '13 měsíců' });
    expect(lifetimeText('PT30M')).toEqual({ en: '30 minutes', cs: '30 minut' });
  });

  it('cookie lifetimes are whole days from the expiry, or "session"', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(lifetimeOf(now / 1000 + 86_400 * 30, now)).toBe(30);
    expect(lifetimeOf(now / 1000 + 3600, now)).toBe(1);
    expect(lifetimeOf(null, now)).toEqual({ en: 'session', cs: 'relace' });
  });
});

describe('report.md', () => {
  it('names the countries, the leaks with their evidence, and what to review', () => {
    const text = renderMarkdown(reportOf());
    expect(text).toContain('Ireland (IE), United States (US)');
    expect(text).toContain(
      '| before any decision | https://www.shop.example/ | request | `google-analytics` (analytics) | `https://www.googletagmanager.com/gtag/js` |',
    );
    expect(text).toContain('host `pixel.adnet.example`');
    expect(text).toContain('Keks was not found on any page');
    expect(text).toMatch(/\*\*\d+ leak\(s\)\*\*/);
  });

  it('text from the site cannot inject markup into the report', () => {
    expect(md('<img src=x onerror=alert(1)>|*x*')).toBe('&lt;img src=x onerror=alert(1)&gt;\\|\\*x\\*');
    expect(countryList(['CN', 'SG', 'ZZ'])).toBe('China (CN), Singapore (SG), unknown (ZZ)');
  });
});

describe('arguments', () => {
  it('defaults, and clear errors for bad input', () => {
    expect(parseScanArgs(['https://example.com/#top'])).toMatchObject({
      url: 'https://example.com/',
      out: 'keks-scan',
      maxPages: 20,
      concurrency: 2,
      pageTimeoutMs: 30_000,
      ignoreHttpsErrors: false,
      json: false,
    });
    expect(parseScanArgs(['--help'])).toBeNull();
    expect(() => parseScanArgs(['ftp://example.com/'])).toThrow('not an http(s) URL');
    expect(() => parseScanArgs(['example.com'])).toThrow('not a URL');
    expect(() => parseScanArgs([])).toThrow('exactly one URL');
    expect(() => parseScanArgs(['https://example.com/', '--max-pages', '0'])).toThrow('--max-pages');
    expect(() => parseScanArgs(['https://example.com/', '--bogus'])).toThrow();
  });
});

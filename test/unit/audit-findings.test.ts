import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { googleAnalytics } from '../../src/services/hosts/index.js';
import { auditFindings, type PageSnapshot } from '../../src/audit/findings.js';
import { findingCount, printReport } from '../../src/audit/report.js';

const config = resolveConfig({
  services: {
    ga: { from: googleAnalytics },
    shop: {
      category: 'necessary',
      provider: 'Shop',
      purpose: 'Cart',
      country: 'CZ',
      privacyPolicy: '/p',
      cookies: [{ name: 'PHPSESSID', lifetime: 0 }],
      storage: ['cart'],
    },
  },
});
const page = (p: Partial<PageSnapshot> = {}): PageSnapshot => ({
  cookies: [],
  localStorage: [],
  sessionStorage: [],
  requests: [],
  granted: ['necessary'],
  grantedServices: ['shop'],
  ...p,
});

describe('dev-mode audit findings', () => {
  it('a clean page has no findings', () => {
    const f = auditFindings(config, page({ cookies: ['PHPSESSID', 'keks'], localStorage: ['cart', 'keks-records'] }));
    expect(findingCount(f)).toBe(0);
    expect(f.unseen).toEqual(['ga']);
  });

  it('names undeclared cookies from the catalogue, then the Open Cookie Database', () => {
    const f = auditFindings(
      config,
      page({ cookies: ['_fbp', '_pk_id.1.abc', 'zzz_custom'], sessionStorage: ['_hjRecording'] }),
    );
    expect(f.undeclared).toEqual([
      {
        name: '_fbp',
        kind: 'cookie',
        suggestion: 'Meta Pixel, Meta Platforms Ireland Limited; declare it or add from: "meta-pixel"',
      },
      expect.objectContaining({ name: '_pk_id.1.abc', suggestion: expect.stringContaining('from: "matomo-cloud"') }),
      expect.objectContaining({ name: 'zzz_custom', suggestion: expect.stringMatching(/^unknown/) }),
      expect.objectContaining({
        name: '_hjRecording',
        kind: 'sessionStorage',
        suggestion: expect.stringContaining('"hotjar"'),
      }),
    ]);
  });

  it('falls back to the Open Cookie Database for cookies the catalogue lacks', () => {
    const f = auditFindings(config, page({ cookies: ['__stripe_mid'] }));
    expect(f.undeclared[0].suggestion).toContain('Stripe');
    expect(f.undeclared[0].suggestion).toContain('Open Cookie Database');
  });

  it('reports requests to catalogue hosts no service covers, once per host', () => {
    const f = auditFindings(
      config,
      page({
        requests: [
          'https://connect.facebook.net/en_US/fbevents.js',
          'https://connect.facebook.net/x',
          'https://example.org/a.js',
        ],
      }),
    );
    expect(f.unconfigured).toHaveLength(1);
    expect(f.unconfigured[0]).toMatchObject({ host: 'connect.facebook.net' });
    expect(f.unconfigured[0].suggestion).toContain('from: "facebook-social"');
  });

  it('reports a denied service that was requested or left cookies (a leak), with the URL', () => {
    const f = auditFindings(
      config,
      page({ requests: ['https://www.google-analytics.com/g/collect?v=2'], cookies: ['_ga'] }),
    );
    expect(f.leaks).toEqual([
      { service: 'ga', category: 'analytics', what: 'request https://www.google-analytics.com/g/collect?v=2' },
      { service: 'ga', category: 'analytics', what: 'cookie _ga' },
    ]);
    const granted = auditFindings(
      config,
      page({
        requests: ['https://www.google-analytics.com/g/collect'],
        cookies: ['_ga'],
        granted: ['necessary', 'analytics'],
        grantedServices: ['shop', 'ga'],
      }),
    );
    expect(granted.leaks).toEqual([]);
    expect(granted.unseen).toEqual(['shop']);
  });

  it('prints one collapsed group, or one line when there is nothing', () => {
    const out: string[] = [];
    const log = {
      groupCollapsed: (s: string) => out.push('G ' + s),
      group: (s: string) => out.push('g ' + s),
      groupEnd: () => out.push('end'),
      warn: (s: string) => out.push('W ' + s),
      info: (s: string) => out.push('I ' + s),
      error: (s: string) => out.push('E ' + s),
    };
    printReport(auditFindings(config, page({ cookies: ['_fbp'] })), log);
    expect(out[0]).toBe('G keks audit: 1 finding on this page');
    expect(out.at(-1)).toBe('end');
    out.length = 0;
    printReport(auditFindings(config, page()), log);
    expect(out[0]).toMatch(/^I keks audit: nothing to report/);
  });
});

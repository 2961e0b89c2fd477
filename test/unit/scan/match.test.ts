// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyse, attributeHost, attributeName } from '../../../src/node/scan/findings';
import { categoryOfFact, createCookieLookup, hostMatches, nameMatches } from '../../../src/node/scan/match';
import { partyOf, siteOf } from '../../../src/node/scan/site';
import { FACTS, PAGE, SITE_KEKS, cookie, matcher, records, request, scanOf, storage } from './fixtures';

describe('host and name rules', () => {
  it('a host pattern covers the host and its subdomains, never a look-alike', () => {
    expect(hostMatches('google-analytics.com', 'google-analytics.com')).toBe(true);
    expect(hostMatches('google-analytics.com', 'www.google-analytics.com')).toBe(true);
    expect(hostMatches('google-analytics.com', 'evilgoogle-analytics.com')).toBe(false);
    expect(hostMatches('google-analytics.com', 'google-analytics.com.evil.example')).toBe(false);
  });
  it('a name matches exactly, a ^pattern as a regular expression, a broken pattern never', () => {
    expect(nameMatches('_ga', '_ga')).toBe(true);
    expect(nameMatches('_ga', '_ga_X1')).toBe(false);
    expect(nameMatches('^_ga_', '_ga_X1')).toBe(true);
    expect(nameMatches('^(', '(')).toBe(false);
  });
  it('first and third party follow the registrable domain (public suffix list)', () => {
    expect(siteOf('www.shop.co.uk')).toBe('shop.co.uk');
    expect(partyOf('.shop.example', 'www.shop.example')).toBe('first');
    expect(partyOf('cdn.shop.example', 'www.shop.example')).toBe('first');
    expect(partyOf('www.google-analytics.com', 'www.shop.example')).toBe('third');
    expect(partyOf('other.co.uk', 'shop.co.uk')).toBe('third');
    expect(partyOf('127.0.0.1', '127.0.0.1')).toBe('first');
  });
});

describe('catalogue matching', () => {
  it('the most specific host pattern wins', () => {
    expect(matcher.host('www.googletagmanager.com')?.id).toBe('google-analytics');
    expect(matcher.host('ads.googletagmanager.com')?.id).toBe('google-ads');
    expect(matcher.host('x.ads.googletagmanager.com')?.id).toBe('google-ads');
    expect(matcher.host('unknown.example')).toBeUndefined();
  });
  it('an exact cookie name beats a looser pattern of another entry', () => {
    // google-ads declares ^_g, which also matches _ga: the exact _ga of google-analytics wins.
    expect(matcher.cookie('_ga').entry?.id).toBe('google-analytics');
    expect(matcher.cookie('_ga_ABC').entry?.id).toBe('google-analytics');
    expect(matcher.cookie('_gcl_au').entry?.id).toBe('google-ads');
  });
  it('a third-party cookie is matched by its domain when its name is unknown', () => {
    expect(matcher.cookie('id', '.doubleclick.net').entry?.id).toBe('google-ads');
    expect(matcher.cookie('id').entry).toBeUndefined();
  });
  it('storage keys match the entries that declare them', () => {
    expect(matcher.storage('_hjid').entry?.id).toBe('hotjar');
    expect(matcher.storage('cart').entry).toBeUndefined();
  });
  it('the cookie lookup prefers exact names, then the longest wildcard prefix', () => {
    const lookup = createCookieLookup(FACTS);
    expect(lookup('PHPSESSID')?.platform).toBe('PHP.net');
    expect(lookup('_pk_id.1.abcd')?.platform).toBe('Matomo');
    expect(lookup('_pk_ses.1')?.platform).toBe('Matomo (short)');
    expect(lookup('PHPSESSID2')).toBeUndefined();
  });
  it('Open Cookie Database categories map to Keks categories', () => {
    const of = (category: string): string => categoryOfFact({ name: 'x', platform: 'p', category, wildcard: false });
    expect([of('Analytics'), of('Marketing'), of('Personalization'), of('Functional'), of('Security')]).toEqual([
      'analytics',
      'marketing',
      'preferences',
      'necessary',
      'necessary',
    ]);
  });
});

describe('attribution', () => {
  it("the site's own config comes first, then the catalogue", () => {
    expect(attributeHost('www.googletagmanager.com', SITE_KEKS, matcher)).toMatchObject({
      key: 'ga',
      source: 'site-config',
      necessary: false,
    });
    expect(attributeHost('www.googletagmanager.com', undefined, matcher)).toMatchObject({
      key: 'google-analytics',
      source: 'catalogue',
    });
    expect(attributeHost('cdn.shop-assets.example', SITE_KEKS, matcher)).toMatchObject({
      key: 'session',
      necessary: true,
    });
  });
  it('a known tracker declared necessary by the site is still not necessary', () => {
    expect(attributeHost('static.hotjar.com', SITE_KEKS, matcher)).toMatchObject({ key: 'heatmap', necessary: false });
  });
  it('a cookie only the Open Cookie Database knows: necessary only when first party and functional', () => {
    expect(attributeName('cookie', 'PHPSESSID', 'www.shop.example', 'first', undefined, matcher)).toMatchObject({
      key: 'ocd-php-net',
      source: 'open-cookie-database',
      category: 'necessary',
      necessary: true,
    });
    expect(attributeName('cookie', 'YSC', '.youtube.com', 'third', undefined, matcher)).toMatchObject({
      necessary: false,
    });
    expect(attributeName('cookie', 'mystery', 'www.shop.example', 'first', undefined, matcher)).toBeUndefined();
  });
});

describe('leaks', () => {
  it('before and after reject, non-essential requests, cookies and storage leak; accept never does', () => {
    const scan = scanOf(
      {
        before: records({
          requests: [
            request('before', 'https://www.googletagmanager.com/gtag/js'),
            request('before', 'https://challenges.cloudflare.com/turnstile.js'),
            request('before', 'https://www.shop.example/app.js', 'first'),
          ],
          cookies: [cookie('before', '_ga'), cookie('before', '__cf_bm'), cookie('before', 'PHPSESSID')],
          storage: [storage('before', '_hjid')],
        }),
        accept: records({
          requests: [request('accept', 'https://www.googletagmanager.com/gtag/js')],
          cookies: [cookie('accept', '_ga')],
        }),
      },
      undefined,
    );
    const { leaks } = analyse([scan], matcher);
    expect(leaks.map((l) => [l.phase, l.kind, l.name ?? l.host, l.service])).toEqual([
      ['before', 'request', 'www.googletagmanager.com', 'google-analytics'],
      ['before', 'cookie', '_ga', 'google-analytics'],
      ['before', 'storage', '_hjid', 'hotjar'],
    ]);
    expect(leaks[0]).toMatchObject({
      url: 'https://www.googletagmanager.com/gtag/js',
      page: PAGE,
      category: 'analytics',
    });
  });

  it('unknown third parties leak (fail closed) and are listed for review; unknown first-party cookies are only listed', () => {
    const scan = scanOf({
      reject: records({
        requests: [request('reject', 'https://pixel.adnet.example/p.gif')],
        cookies: [cookie('reject', 'uid', '.adnet.example', 'third'), cookie('reject', 'theme')],
      }),
    });
    const { leaks, unknown } = analyse([scan], matcher);
    expect(leaks.map((l) => [l.phase, l.kind, l.name ?? l.host, l.service])).toEqual([
      ['reject', 'request', 'pixel.adnet.example', undefined],
      ['reject', 'cookie', 'uid', undefined],
    ]);
    expect(unknown.map((u) => [u.kind, u.name, u.party])).toEqual([
      ['host', 'pixel.adnet.example', 'third'],
      ['cookie', 'uid', 'third'],
      ['cookie', 'theme', 'first'],
    ]);
  });

  it("with Keks: its own cookie and chunks never count, necessary services never leak, the catalogue's trackers do", () => {
    const scan = scanOf(
      {
        before: records({
          requests: [
            request('before', 'https://cdn.keks.example/dist/keks-ui.js'),
            request('before', 'https://cdn.shop-assets.example/app.js'),
            request('before', 'https://static.hotjar.com/c/hotjar.js'),
          ],
          cookies: [cookie('before', 'keks'), cookie('before', 'cart')],
        }),
      },
      SITE_KEKS,
    );
    const { leaks, services } = analyse([scan], matcher);
    expect(leaks.map((l) => [l.kind, l.host, l.service])).toEqual([['request', 'static.hotjar.com', 'heatmap']]);
    expect(services.map((s) => s.id).sort()).toEqual(['heatmap', 'session']);
  });

  it('services carry the evidence that identified them', () => {
    const scan = scanOf({
      accept: records({
        requests: [request('accept', 'https://www.googletagmanager.com/gtag/js?id=1')],
        cookies: [cookie('accept', '_ga'), cookie('accept', '_ga_X1')],
      }),
    });
    const [ga] = analyse([scan], matcher).services;
    expect(ga).toMatchObject({
      id: 'google-analytics',
      provider: 'Google Ireland Limited',
      countries: ['IE', 'US'],
      source: 'catalogue',
      evidence: {
        hosts: ['www.googletagmanager.com'],
        requests: ['https://www.googletagmanager.com/gtag/js?id=1'],
        storage: [],
        pages: [PAGE],
        phases: ['accept'],
      },
    });
    expect(ga.evidence.cookies.map((c) => c.name)).toEqual(['_ga', '_ga_X1']);
  });
});

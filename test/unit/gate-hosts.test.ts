import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config';
import { hostOverlaps } from '../../src/gate/host-overlap';
import { hostRules, serviceOf } from '../../src/gate/hosts';

const rules = hostRules(
  resolveConfig({
    services: {
      ga: {
        category: 'analytics',
        provider: 'G',
        purpose: 'p',
        country: 'US',
        privacyPolicy: 'x',
        hosts: ['Google-Analytics.com', '*.googletagmanager.com'],
      },
      fb: {
        category: 'marketing',
        provider: 'M',
        purpose: 'p',
        country: 'US',
        privacyPolicy: 'x',
        hosts: ['.facebook.net'],
      },
      plain: { category: 'analytics', provider: 'P', purpose: 'p', country: 'CZ', privacyPolicy: 'x' },
    },
  }),
);

describe('hostRules', () => {
  it('lowercases patterns, drops a leading "*." or ".", keeps the service id, skips services without hosts', () => {
    expect(rules).toEqual([
      ['google-analytics.com', 'ga'],
      ['googletagmanager.com', 'ga'],
      ['facebook.net', 'fb'],
    ]);
  });
});

describe('serviceOf', () => {
  it('matches the host itself and every subdomain, case-insensitively', () => {
    expect(serviceOf(rules, 'https://google-analytics.com/ga.js')).toBe('ga');
    expect(serviceOf(rules, 'https://www.Google-Analytics.com/g/collect?v=2')).toBe('ga');
    expect(serviceOf(rules, '//connect.facebook.net/en_US/fbevents.js')).toBe('fb');
    expect(serviceOf(rules, 'https://www.googletagmanager.com/gtm.js?id=GTM-X')).toBe('ga');
  });
  it('never matches look-alike hosts, paths or query strings that merely contain the pattern', () => {
    expect(serviceOf(rules, 'https://badgoogle-analytics.com/x')).toBeUndefined();
    expect(serviceOf(rules, 'https://google-analytics.com.evil.test/x')).toBeUndefined();
    expect(serviceOf(rules, 'https://cdn.test/google-analytics.com/ga.js')).toBeUndefined();
    expect(serviceOf(rules, 'https://cdn.test/?u=facebook.net')).toBeUndefined();
  });
  it('resolves relative URLs against the page (first party) and ignores what is no URL', () => {
    expect(serviceOf(rules, '/js/app.js')).toBeUndefined();
    expect(serviceOf(rules, 'http://[::1')).toBeUndefined();
    expect(serviceOf(rules, String(new URL('https://www.google-analytics.com/')))).toBe('ga');
  });
});

describe('canonical hosts', () => {
  it('reads every spelling the browser resolves to the same host', () => {
    for (const u of [
      'https://www.google-analytics.com./ga.js', // trailing dot
      'https://WWW.GOOGLE-ANALYTICS.COM/x', // case
      'https://user:pw@www.google-analytics.com:8443/x', // userinfo and port
      '//www.google-analytics.com/x', // protocol-relative
      ' \thttps://www.google-analytics.com/x', // leading whitespace
      'https://www.google-analytics%2Ecom/x', // percent-escape
      'https://www.google-analytics\u3002com/x', // ideographic full stop
      'https://www.\uff47oogle-analytics.com/x', // fullwidth letter
      'https://www.goo\ngle-analytics.com/x', // a newline the URL parser drops
    ])
      expect(serviceOf(rules, u), u).toBe('ga');
  });
  it('matches IDN patterns and URLs in Unicode and punycode both ways', () => {
    const idn = hostRules(
      resolveConfig({
        services: {
          b: {
            category: 'analytics',
            provider: 'B',
            purpose: 'p',
            country: 'DE',
            privacyPolicy: 'x',
            hosts: ['bücher.test'],
          },
          c: {
            category: 'analytics',
            provider: 'C',
            purpose: 'p',
            country: 'DE',
            privacyPolicy: 'x',
            hosts: ['xn--caf-dma.test'],
          },
        },
      }),
    );
    expect(serviceOf(idn, 'https://xn--bcher-kva.test/x')).toBe('b');
    expect(serviceOf(idn, 'https://www.BÜCHER.test/x')).toBe('b');
    expect(serviceOf(idn, 'https://café.test/x')).toBe('c');
  });
  it('the most specific pattern decides, whatever the config order', () => {
    const r = hostRules(
      resolveConfig({
        services: {
          hub: {
            category: 'marketing',
            provider: 'H',
            purpose: 'p',
            country: 'US',
            privacyPolicy: 'x',
            hosts: ['hubspot.test'],
          },
          trk: {
            category: 'analytics',
            provider: 'H',
            purpose: 'p',
            country: 'US',
            privacyPolicy: 'x',
            hosts: ['track.hubspot.test'],
          },
        },
      }),
    );
    expect(serviceOf(r, 'https://a.track.hubspot.test/x')).toBe('trk');
    expect(serviceOf(r, 'https://js.hubspot.test/x')).toBe('hub');
    expect(hostOverlaps({ hub: { hosts: ['hubspot.test'] }, trk: { hosts: ['*.track.hubspot.test'] } })).toEqual([
      [
        'services.trk.hosts',
        '"track.hubspot.test" is also covered by services.hub.hosts "hubspot.test"',
        expect.stringContaining('more specific'),
      ],
    ]);
    expect(hostOverlaps({ a: { hosts: ['x.test', 'www.x.test'] }, b: { hosts: ['y.test'] } })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config';
import { hostRules, mentionsHost, serviceOf } from '../../src/gate/hosts';

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
    expect(serviceOf(rules, new URL('https://www.google-analytics.com/'))).toBe('ga');
  });
});

describe('mentionsHost', () => {
  it('is a cheap case-insensitive substring pre-check for HTML strings', () => {
    expect(mentionsHost(rules, '<img src="HTTPS://WWW.GOOGLE-ANALYTICS.COM/p.gif">')).toBe(true);
    expect(mentionsHost(rules, '<p>hello</p>')).toBe(false);
  });
});

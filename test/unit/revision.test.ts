import { describe, expect, it } from 'vitest';
import { resolveConfig, type KeksConfig } from '../../src/config.js';
import { googleAnalytics, baiduTongji } from '../../src/services/hosts/index.js';
import { validate } from '../../src/validate.js';

const base = (): KeksConfig => ({
  revision: 'auto',
  services: {
    ga: { from: googleAnalytics },
    shop: {
      category: 'necessary',
      provider: 'Eshop s.r.o.',
      purpose: { cs: 'Košík a přihlášení.', en: 'Cart and sign-in.' },
      country: 'CZ',
      privacyPolicy: '/privacy',
      hosts: ['pay.example.com'],
      cookies: [{ name: 'PHPSESSID', lifetime: 0 }],
    },
  },
});
const rev = (c: KeksConfig) => resolveConfig(c).revision;

describe('revision: "auto"', () => {
  it('is a valid config value and resolves to a stable short number', () => {
    expect(validate(base()).filter((p) => p.level == 'error')).toEqual([]);
    const r = rev(base());
    expect(Number.isSafeInteger(r)).toBe(true);
    expect(r.toString(36).length).toBeLessThanOrEqual(7);
    expect(rev(base())).toBe(r);
  });

  it('ignores text changes: purposes, provider names, links, lifetimes, order, other options', () => {
    const r = rev(base());
    const c = base();
    const shop = c.services!.shop as unknown as Record<string, unknown>;
    shop.purpose = { cs: 'Košík a přihlášení (opraveno).', en: 'Shopping cart and sign-in.' };
    shop.provider = 'E-shop s.r.o.';
    shop.privacyPolicy = '/privacy-policy';
    shop.cookies = [{ name: 'PHPSESSID', lifetime: { cs: 'relace', en: 'session' } }];
    (c.services!.ga as unknown as Record<string, unknown>).name = 'Google Analytics 4';
    c.ui = { layout: 'bar' };
    c.categories = { marketing: {}, analytics: {}, preferences: {}, necessary: { necessary: true } };
    expect(rev(c)).toBe(r);
  });

  it('moves when a service, a host, a country or a category assignment changes', () => {
    const r = rev(base());
    const added = base();
    (added.services as unknown as Record<string, unknown>).baidu = { from: baiduTongji };
    const host = base();
    (host.services!.shop as unknown as Record<string, unknown>).hosts = ['pay.example.com', 'cdn.example.net'];
    const country = base();
    (country.services!.ga as unknown as Record<string, unknown>).country = ['IE', 'US', 'SG'];
    const category = base();
    (category.services!.ga as unknown as Record<string, unknown>).category = 'marketing';
    const categories = base();
    categories.categories = { necessary: { necessary: true }, analytics: {} };
    const all = [r, rev(added), rev(host), rev(country), rev(category), rev(categories)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('a manual number still works', () => {
    expect(rev({ ...base(), revision: 7 })).toBe(7);
    expect(validate({ revision: 'automatic' })[0].path).toBe('revision');
  });
});

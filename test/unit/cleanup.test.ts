import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig, type KeksConfig } from '../../src/config.js';
import { clearTraces, traceFilter, visibleCookieNames } from '../../src/gate/cleanup.js';
import { cookieDomains, cookiePaths } from '../../src/gate/cleanup-variants.js';

const svc = { provider: 'P', purpose: 'p', country: 'US', privacyPolicy: 'https://p.test/privacy' };
const CONFIG: KeksConfig = {
  services: {
    ga: {
      ...svc,
      category: 'analytics',
      cookies: [
        { name: '_ga', lifetime: 730 },
        { name: '^_ga_', lifetime: 730 },
        { name: '_gid', lifetime: 1 },
      ],
      storage: ['ga_client', '^_gaq'],
    },
    hotjar: { ...svc, category: 'analytics', cookies: [{ name: '^_hj', lifetime: 365 }], storage: ['^_hj'] },
    pixel: { ...svc, category: 'marketing', cookies: [{ name: '_fbp', lifetime: 90 }], storage: ['fb_id'] },
    youtube: { ...svc, category: 'marketing', cookies: [{ name: 'VISITOR_INFO1_LIVE', lifetime: 180 }] },
    // Shares `_gid` with ga: while ads stays granted, `_gid` must stay.
    ads: { ...svc, category: 'marketing', cookies: [{ name: '_gid', lifetime: 1 }] },
    session: { ...svc, category: 'necessary', cookies: [{ name: 'sid', lifetime: 0 }] },
    greedy: {
      ...svc,
      category: 'preferences',
      cookies: [
        { name: '^k', lifetime: 1 },
        { name: '^[', lifetime: 1 },
      ],
    },
  },
};
const config = resolveConfig(CONFIG);
/** Move the happy-dom page to another URL (host and path drive the variants). */
const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

describe('cookieDomains (RFC 6265 §5.3 domain variants)', () => {
  it('walks parent domains down to the registrable domain under a two-level suffix', () => {
    expect(cookieDomains('www.shop.example.co.uk')).toEqual([
      'www.shop.example.co.uk',
      'shop.example.co.uk',
      'example.co.uk',
    ]);
    expect(cookieDomains('shop.example.com.au')).toEqual(['shop.example.com.au', 'example.com.au']);
  });
  it('stops at the last two labels otherwise', () => {
    expect(cookieDomains('a.b.example.com')).toEqual(['a.b.example.com', 'b.example.com', 'example.com']);
    expect(cookieDomains('www.shop.test')).toEqual(['www.shop.test', 'shop.test']);
    expect(cookieDomains('Example.COM')).toEqual(['example.com']);
  });
  it('gives no Domain variant for single labels and IP addresses', () => {
    expect(cookieDomains('localhost')).toEqual([]);
    expect(cookieDomains('127.0.0.1')).toEqual([]);
    expect(cookieDomains('10.1.2.3')).toEqual([]);
    expect(cookieDomains('[::1]')).toEqual([]);
    expect(cookieDomains('[2001:db8::1]')).toEqual([]);
    expect(cookieDomains('co.uk')).toEqual([]);
  });
});

describe('cookiePaths (RFC 6265 §5.1.4 path-match)', () => {
  it('is / at the root', () => {
    expect(cookiePaths('/')).toEqual(['/']);
    expect(cookiePaths('')).toEqual(['/']);
  });
  it('lists every ancestor with and without trailing slash, and the path itself', () => {
    expect(cookiePaths('/shop/cart/item')).toEqual([
      '/',
      '/shop',
      '/shop/',
      '/shop/cart',
      '/shop/cart/',
      '/shop/cart/item',
    ]);
    expect(cookiePaths('/a/b/')).toEqual(['/', '/a', '/a/', '/a/b', '/a/b/']);
  });
  it('skips paths that cannot be written as an attribute', () => {
    expect(cookiePaths('/a;b/c')).toEqual(['/']);
  });
});

describe('traceFilter: which names and keys are chosen', () => {
  it('deletes exact names and patterns of withdrawn categories only', () => {
    const f = traceFilter(config, ['analytics'], []);
    expect(['_ga', '_ga_XYZ', '_hjSession_1', '_fbp', 'VISITOR_INFO1_LIVE', '_gidx', 'x_ga'].filter(f.cookie)).toEqual([
      '_ga',
      '_ga_XYZ',
      '_hjSession_1',
    ]);
    expect(['ga_client', '_gaq1', '_hjTLD', 'fb_id', 'ga_client2'].filter(f.storage)).toEqual([
      'ga_client',
      '_gaq1',
      '_hjTLD',
    ]);
  });
  it('keeps a name that a service of a category still granted also declares', () => {
    expect(traceFilter(config, ['analytics'], []).cookie('_gid')).toBe(false);
    expect(traceFilter(config, ['analytics', 'marketing'], []).cookie('_gid')).toBe(true);
  });
  it('deletes a single withdrawn service, not its category siblings', () => {
    const f = traceFilter(config, [], ['youtube']);
    expect(f.cookie('VISITOR_INFO1_LIVE')).toBe(true);
    expect(f.cookie('_fbp')).toBe(false);
    expect(f.storage('fb_id')).toBe(false);
  });
  it('spares a service that is still granted as an exception of its withdrawn category', () => {
    const granted = (id: string) => id == 'youtube';
    const f = traceFilter(config, ['marketing'], [], granted);
    expect(f.cookie('VISITOR_INFO1_LIVE')).toBe(false);
    expect(f.cookie('_fbp')).toBe(true);
    // With `granted`, only granted services protect shared names: ga is denied, so `_gid` goes.
    expect(traceFilter(config, ['marketing'], [], () => false).cookie('_gid')).toBe(true);
  });
  it('never deletes the consent cookie, nor cookies of necessary services', () => {
    const f = traceFilter(config, ['preferences', 'necessary'], ['session']);
    expect(f.cookie('keks')).toBe(false);
    expect(f.cookie('kx')).toBe(true);
    expect(f.cookie('sid')).toBe(false);
    const named = traceFilter(resolveConfig({ ...CONFIG, cookie: { name: 'kconsent' } }), ['preferences'], []);
    expect(named.cookie('kconsent')).toBe(false);
    expect(named.cookie('keks')).toBe(true);
  });
  it('treats a broken pattern as matching nothing', () => {
    expect(() => traceFilter(config, ['preferences'], [])).not.toThrow();
    expect(traceFilter(config, ['preferences'], []).cookie('[')).toBe(false);
  });
  it('deletes nothing undeclared', () => {
    const f = traceFilter(config, ['analytics', 'marketing', 'preferences'], []);
    expect(f.cookie('_uetsid')).toBe(false);
    expect(f.declared('_uetsid')).toBe(false);
    expect(f.declared('_ga_1')).toBe(true);
  });
});

describe('clearTraces', () => {
  let writes: string[];
  let jar: string;
  beforeEach(() => {
    writes = [];
    jar = '_ga=GA1.1; _ga_XYZ=GS1; _gid=G; _fbp=fb; keks=v1.x; other=1';
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => jar,
      set: (v: string) => void writes.push(v),
    });
    setURL('http://www.shop.test/blog/post');
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => {
    delete (document as { cookie?: string }).cookie;
    vi.restoreAllMocks();
  });

  it('expires each chosen cookie on every domain and path variant', () => {
    clearTraces(config, ['analytics'], []);
    const variants = (n: string) =>
      ['', ';domain=www.shop.test', ';domain=shop.test'].flatMap((d) =>
        ['/', '/blog', '/blog/', '/blog/post'].map(
          (p) => `${n}=;max-age=0;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=${p}${d}`,
        ),
      );
    expect(writes.sort()).toEqual([...variants('_ga'), ...variants('_ga_XYZ')].sort());
  });

  it('writes no Domain attribute on an IP address', () => {
    setURL('http://127.0.0.1:8080/');
    clearTraces(config, ['marketing'], []);
    expect(writes).toEqual(['_fbp=;max-age=0;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=/']);
  });

  it('deletes declared localStorage and sessionStorage keys only', () => {
    localStorage.setItem('ga_client', '1');
    localStorage.setItem('_gaq_a', '1');
    localStorage.setItem('_gaq_b', '1');
    localStorage.setItem('fb_id', '1');
    localStorage.setItem('mine', '1');
    sessionStorage.setItem('_hjSession', '1');
    sessionStorage.setItem('keep', '1');
    clearTraces(config, ['analytics'], []);
    expect(Object.keys(localStorage).sort()).toEqual(['fb_id', 'mine']);
    expect(Object.keys(sessionStorage)).toEqual(['keep']);
  });

  it('never throws when cookies and storage are blocked', () => {
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => clearTraces(config, ['analytics'], [])).not.toThrow();
  });

  it('still clears storage when reading cookies fails, and cookies when storage fails', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    localStorage.setItem('fb_id', '1');
    clearTraces(config, ['marketing'], []);
    expect(localStorage.getItem('fb_id')).toBeNull();
    expect(writes.some((w) => w.startsWith('_fbp='))).toBe(true);
  });

  it('warns in DEV about undeclared cookies that look like trackers', () => {
    jar = '_ga=1; _uetsid=2; _pk_id.1=3; plain=4';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    clearTraces(config, ['analytics'], []);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0][0]).toMatch(/_uetsid, _pk_id\.1 look like trackers/);
  });
});

describe('visibleCookieNames', () => {
  it('reads names from the real happy-dom jar, and clearTraces empties it', () => {
    setURL('http://www.shop.test/');
    document.cookie = '_ga=1; path=/';
    document.cookie = '_fbp=2; path=/';
    document.cookie = 'keks=3; path=/';
    expect(visibleCookieNames()).toEqual(expect.arrayContaining(['_ga', '_fbp', 'keks']));
    clearTraces(config, ['analytics', 'marketing', 'preferences'], []);
    expect(visibleCookieNames()).toEqual(['keks']);
  });
});

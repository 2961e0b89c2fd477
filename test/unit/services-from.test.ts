import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentModeType } from '../../src/config.js';
import type { CatalogueConsentModeType } from '../../src/services/types.js';
import { resolveConfig } from '../../src/config.js';
import { googleAnalytics, youtube, metaPixel } from '../../src/services/hosts/index.js';
import { closestId } from '../../src/services/validate-from.js';
import { validate } from '../../src/validate.js';
import { cookieRows, matchCookie } from '../../src/data/match-cookie.js';

const errors = (config: unknown) => validate(config).filter((p) => p.level == 'error');

afterEach(() => {
  delete window.KeksServices;
});

describe('services with from', () => {
  it('takes category, hosts, cookie names and countries from an entry object (npm)', () => {
    const config = { services: { ga: { from: googleAnalytics } } };
    expect(errors(config)).toEqual([]);
    const ga = resolveConfig(config).services.ga;
    expect(ga.category).toBe('analytics');
    expect(ga.hosts).toEqual(['google-analytics.com', 'analytics.google.com']);
    expect(ga.country).toEqual(['IE', 'US']);
    expect(ga.cookies!.map((c) => c.name)).toEqual(['_ga', '^_ga_', '_gid', '^_gat']);
    expect(ga.from).toBe('google-analytics');
  });

  it('finds an id registered by a script-tag entry file', () => {
    window.KeksServices = { youtube };
    const config = { services: { yt: { from: 'youtube' } } };
    expect(errors(config)).toEqual([]);
    expect(resolveConfig(config).services.yt.hosts).toContain('youtube-nocookie.com');
  });

  it('lets the config override any field', () => {
    const config = {
      services: {
        yt: {
          from: youtube,
          category: 'preferences',
          hosts: ['youtube-nocookie.com'],
          provider: 'Google LLC',
          country: ['US'],
        },
      },
    };
    expect(errors(config)).toEqual([]);
    const yt = resolveConfig(config).services.yt;
    expect(yt).toMatchObject({
      category: 'preferences',
      hosts: ['youtube-nocookie.com'],
      provider: 'Google LLC',
      country: ['US'],
    });
    expect(yt.from).toBe('youtube');
  });

  it('an unknown id is an error naming the field, with a did-you-mean', () => {
    const [p] = errors({ services: { ga: { from: 'google-analytic' } } });
    expect(p.path).toBe('services.ga.from');
    expect(p.message).toContain('did you mean "google-analytics"');
    expect(errors({ services: { fb: { from: 'meta_pixel' } } })[0].message).toContain('did you mean "meta-pixel"');
    expect(errors({ services: { ym: { from: 'Yandex Metrica' } } })[0].message).toContain('"yandex-metrica"');
  });

  it('a known id whose entry file is not loaded is an error that says how to load it', () => {
    const [p] = errors({ services: { yt: { from: 'youtube' } } });
    expect(p.path).toBe('services.yt.from');
    expect(p.message).toContain('not loaded');
    expect(p.fix).toContain('services/youtube.js');
  });

  it("still validates the config's own fields", () => {
    const list = errors({ services: { fb: { from: metaPixel, country: 'UK', hosts: ['https://x.com/'] } } });
    expect(list.map((p) => p.path).sort()).toEqual(['services.fb.country', 'services.fb.hosts[0]']);
  });

  it("an entry's category the config lacks is an error unless overridden", () => {
    const categories = { necessary: { necessary: true }, stats: { title: 'Stats', description: 'Counting visits.' } };
    expect(errors({ categories, services: { ga: { from: googleAnalytics } } })[0].path).toBe('services.ga.category');
    expect(errors({ categories, services: { ga: { from: googleAnalytics, category: 'stats' } } })).toEqual([]);
  });

  it('an object that is no entry is rejected', () => {
    expect(errors({ services: { x: { from: { id: 'x' } } } })[0].path).toBe('services.x.from');
  });

  it('closestId suggests nearby ids and nothing for nonsense', () => {
    expect(closestId('yandex-metrika')).toBe('yandex-metrica');
    expect(closestId('hotjar')).toBe('hotjar');
    expect(closestId('zzzzzzzzzzzz')).toBeUndefined();
  });
});

describe('matchCookie (Open Cookie Database)', () => {
  it('finds exact names first, then the longest wildcard prefix', () => {
    expect(matchCookie('_fbp')).toMatchObject({
      name: '_fbp',
      wildcard: false,
      controller: 'Facebook',
      category: 'Marketing',
    });
    expect(matchCookie('_ga_ABC123')).toMatchObject({ name: '_ga_', wildcard: true, platform: 'Google Analytics' });
    expect(matchCookie('_ga')).toMatchObject({ name: '_ga', wildcard: false });
    expect(matchCookie('Hm_lvt_0123abcd')).toMatchObject({ platform: 'Baidu' });
    expect(matchCookie('definitely-not-a-known-cookie')).toBeUndefined();
  });
  it('is case-sensitive like cookie names', () => {
    expect(cookieRows('_FBP')).toEqual([]);
  });
});

describe('catalogue types', () => {
  it('the Consent Mode union is the same as config.ts', () => {
    // Compile-time: each assignment fails `npm run typecheck` if the unions drift apart.
    const a: ConsentModeType[] = [] as CatalogueConsentModeType[];
    const b: CatalogueConsentModeType[] = [] as ConsentModeType[];
    expect([a, b]).toEqual([[], []]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { formatProblems, validate, type ConfigProblem } from '../../src/validate.js';
import { MAX_COOKIE_BYTES } from '../../src/consent-cookie.js';
import { encodeRecord } from '../../src/record-encode.js';

/** A realistic Czech shop: GA (US), Baidu Tongji (CN), a Singapore ad network (SG), YouTube, a session cookie. */
const czech = () => ({
  categories: {
    necessary: { necessary: true },
    preferences: {},
    analytics: {},
    marketing: {},
    social: {
      title: { cs: 'Sociální sítě', en: 'Social media' },
      description: { cs: 'Vložená videa a tlačítka sociálních sítí.', en: 'Embedded videos and social buttons.' },
    },
  },
  services: {
    session: {
      category: 'necessary',
      name: 'Košík a přihlášení',
      provider: 'Eshop s.r.o.',
      purpose: 'Udržuje obsah košíku a přihlášení.',
      country: 'CZ',
      privacyPolicy: '/ochrana-osobnich-udaju',
      cookies: [{ name: 'PHPSESSID', lifetime: { cs: 'do zavření prohlížeče', en: 'session' } }],
      storage: ['cart', '^checkout_'],
    },
    ga: {
      category: 'analytics',
      name: 'Google Analytics',
      provider: 'Google Ireland Limited',
      purpose: { cs: 'Měření návštěvnosti webu.', en: 'Audience measurement.' },
      country: 'US',
      privacyPolicy: 'https://policies.google.com/privacy',
      optOut: 'https://tools.google.com/dlpage/gaoptout',
      cookies: [
        { name: '_ga', lifetime: { cs: '2 roky', en: '2 years' }, purpose: 'Rozlišuje návštěvníky.' },
        { name: '^_ga_[A-Z0-9]+$', lifetime: 730 },
      ],
      hosts: ['google-analytics.com', 'googletagmanager.com'],
    },
    baidu: {
      category: 'analytics',
      name: 'Baidu Tongji',
      provider: 'Beijing Baidu Netcom Science Technology Co., Ltd.',
      purpose: 'Statistika návštěvnosti pro čínské zákazníky.',
      country: 'CN',
      privacyPolicy: 'https://www.baidu.com/duty/yinsiquan.html',
      cookies: [
        { name: '^Hm_lvt_', lifetime: 365 },
        { name: '^Hm_lpvt_', lifetime: 'relace' },
      ],
      hosts: ['hm.baidu.com'],
    },
    'shopee-ads': {
      category: 'marketing',
      name: 'Shopee Ads',
      provider: 'Shopee Singapore Private Limited',
      purpose: { cs: 'Měření konverzí z reklam.', en: 'Ad conversion measurement.' },
      country: ['SG'],
      privacyPolicy: 'https://shopee.sg/docs/3612',
      hosts: ['shopee.sg'],
    },
    youtube: {
      category: 'social',
      name: 'YouTube',
      provider: 'Google Ireland Limited',
      purpose: 'Přehrávání vložených videí.',
      country: ['IE', 'US'],
      privacyPolicy: '//policies.google.com/privacy',
      cookies: [{ name: 'VISITOR_INFO1_LIVE', lifetime: 180, domain: '.youtube.com' }],
      hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
    },
  },
  revision: 2,
  cookie: { name: 'keks', domain: 'eshop.cz', path: '/', sameSite: 'Lax', secure: true, expiresDays: 182 },
  language: { default: 'cs', force: 'cs-CZ', strings: { cs: { banner: { title: 'Používáme cookies' } } } },
  ui: {
    layout: 'box',
    position: 'bottom-left',
    theme: 'auto',
    blockPage: false,
    closeButton: true,
    floatingButton: { position: 'bottom-right' },
    privacyPolicyUrl: '/ochrana-osobnich-udaju',
    cookiePolicyUrl: 'https://eshop.cz/cookies?lang=cs#seznam',
    hideFromBots: false,
  },
  googleConsentMode: {
    waitForUpdate: 500,
    mapping: { analytics: ['analytics_storage'], marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'] },
    adsDataRedaction: true,
    urlPassthrough: false,
    dataLayer: 'dataLayer',
  },
  gpc: { categories: ['marketing', 'social'] },
  reloadOnRevoke: true,
  autoShow: true,
  uiUrl: '/static/keks-ui.js',
  nonce: 'r4nd0m+B64/x==',
});
/**
 * The cases deliberately corrupt the config (wrong types, unknown keys, deleted fields): exactly the
 * untyped input `validate(config: unknown)` must handle, so the copy they edit is an untyped tree.
 */
type Config = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const base = czech() as Config;
/** A copy of the Czech config with one change. */
const change = (f: (c: Config) => void): Config => {
  const c = structuredClone(base) as Config;
  f(c);
  return c;
};

describe('valid configs', () => {
  it('a full realistic Czech config has no problems', () => {
    expect(validate(czech())).toEqual([]);
    expect(validate(JSON.parse(JSON.stringify(czech())))).toEqual([]);
  });
  it('no config, an empty one and minimal ones are fine', () => {
    expect(validate(undefined)).toEqual([]);
    expect(validate({})).toEqual([]);
    expect(
      validate({ gpc: false, googleConsentMode: true, ui: { floatingButton: true, layout: 'bar', position: 'top' } }),
    ).toEqual([]);
    expect(validate({ cookie: { sameSite: 'None', secure: true, domain: '.eshop.cz' }, revision: 0 })).toEqual([]);
  });
  it('undefined values count as absent', () => {
    expect(validate({ cookie: { domain: undefined }, ui: undefined })).toEqual([]);
  });
});

type Case = [name: string, config: unknown, path: string, level?: 'error' | 'warning', message?: RegExp];
const errors: Case[] = [
  ['the config is not an object', null, 'config'],
  ['the config is an array', [], 'config'],
  [
    'an unknown top-level option, with a suggestion',
    change((c) => (c.autoshow = true)),
    'autoshow',
    'error',
    /did you mean "autoShow"/,
  ],
  [
    'an unknown nested option, with a suggestion',
    change((c) => (c.cookie.expires = 30)),
    'cookie.expires',
    'error',
    /did you mean "expiresDays"/,
  ],
  ['an unknown option named like an Object.prototype member', change((c) => (c.ui.constructor = 1)), 'ui.constructor'],
  ['a JSON "__proto__" key', JSON.parse('{"__proto__": {"x": 1}}'), '__proto__'],
  ['categories not an object', { categories: ['necessary'] }, 'categories'],
  ['a category id with capitals', change((c) => (c.categories.Social = c.categories.social)), 'categories.Social'],
  ['a category that is not an object', change((c) => (c.categories.preferences = true)), 'categories.preferences'],
  [
    'necessary not a boolean',
    { categories: { necessary: { necessary: true }, analytics: { necessary: 'yes' } } },
    'categories.analytics.necessary',
  ],
  ['localized text that is an empty map', change((c) => (c.categories.social.title = {})), 'categories.social.title'],
  [
    'localized text with a non-string',
    change((c) => (c.categories.social.title = { cs: 1 })),
    'categories.social.title',
  ],
  [
    'localized text keyed by a non-language',
    change((c) => (c.categories.social.title = { česky: 'x' })),
    'categories.social.title',
  ],
  ['localized text that is blank', change((c) => (c.services.ga.purpose = '  ')), 'services.ga.purpose'],
  [
    'a custom category without title',
    change((c) => delete c.categories.social.title),
    'categories.social.title',
    'error',
    /required/,
  ],
  [
    'a custom category without description',
    change((c) => delete c.categories.social.description),
    'categories.social.description',
    'error',
    /required/,
  ],
  ['no necessary category', { categories: { analytics: {}, marketing: {} } }, 'categories', 'error', /necessary/],
  ['services not an object', change((c) => (c.services = [])), 'services'],
  ['a service id with spaces', { services: { 'Google Analytics': {} } }, 'services.Google Analytics'],
  ['a service that is not an object', change((c) => (c.services.ga = 'ga')), 'services.ga'],
  ...(['category', 'provider', 'purpose', 'country', 'privacyPolicy'] as const).map((f): Case => [
    `a service without ${f}`,
    change((c) => delete c.services.ga[f]),
    `services.ga.${f}`,
    'error',
    /required/,
  ]),
  [
    'a service in a category that does not exist, with a suggestion',
    change((c) => (c.services.ga.category = 'analytic')),
    'services.ga.category',
    'error',
    /did you mean "analytics"/,
  ],
  [
    'a service with the id of a category',
    change((c) => (c.services.analytics = c.services.ga)),
    'services.analytics',
    'error',
    /category/,
  ],
  ['a lowercase country', change((c) => (c.services.ga.country = 'us')), 'services.ga.country'],
  ['a three-letter country', change((c) => (c.services.baidu.country = 'CHN')), 'services.baidu.country'],
  ['UK instead of GB', change((c) => (c.services.ga.country = 'UK')), 'services.ga.country'],
  [
    'a bad country in a list',
    change((c) => (c.services.youtube.country = ['IE', 'usa'])),
    'services.youtube.country[1]',
  ],
  ['an empty country list', change((c) => (c.services.ga.country = [])), 'services.ga.country'],
  [
    'a javascript: privacy policy',
    change((c) => (c.services.ga.privacyPolicy = 'javascript:alert(1)')),
    'services.ga.privacyPolicy',
  ],
  [
    'a data: privacy policy',
    change((c) => (c.services.ga.privacyPolicy = 'data:text/html,x')),
    'services.ga.privacyPolicy',
  ],
  ['a URL with spaces', change((c) => (c.services.ga.privacyPolicy = 'https://x.cz/a b')), 'services.ga.privacyPolicy'],
  ['an empty URL', change((c) => (c.services.ga.optOut = '')), 'services.ga.optOut'],
  ['an ftp: opt-out', change((c) => (c.services.ga.optOut = 'ftp://x.cz/')), 'services.ga.optOut'],
  ['an empty service name', change((c) => (c.services.ga.name = '')), 'services.ga.name'],
  ['a provider that is not text', change((c) => (c.services.ga.provider = { cs: 'Google' })), 'services.ga.provider'],
  ['cookies not a list', change((c) => (c.services.ga.cookies = { name: '_ga' })), 'services.ga.cookies'],
  [
    'a cookie without name',
    change((c) => delete c.services.ga.cookies[0].name),
    'services.ga.cookies[0].name',
    'error',
    /required/,
  ],
  [
    'a cookie without lifetime',
    change((c) => delete c.services.ga.cookies[0].lifetime),
    'services.ga.cookies[0].lifetime',
    'error',
    /required/,
  ],
  ['a negative lifetime', change((c) => (c.services.ga.cookies[1].lifetime = -1)), 'services.ga.cookies[1].lifetime'],
  [
    'a cookie pattern that does not compile',
    change((c) => (c.services.ga.cookies[1].name = '^_ga_(')),
    'services.ga.cookies[1].name',
  ],
  [
    'a cookie purpose that is not text',
    change((c) => (c.services.ga.cookies[0].purpose = 5)),
    'services.ga.cookies[0].purpose',
  ],
  [
    'an unknown key in a cookie',
    change((c) => (c.services.ga.cookies[0].expires = '2y')),
    'services.ga.cookies[0].expires',
  ],
  [
    'a storage pattern that does not compile',
    change((c) => (c.services.session.storage = ['^[cart'])),
    'services.session.storage[0]',
  ],
  [
    'a host with a scheme',
    change((c) => (c.services.ga.hosts = ['https://google-analytics.com'])),
    'services.ga.hosts[0]',
  ],
  ['a host with a wildcard', change((c) => (c.services.ga.hosts = ['*.google-analytics.com'])), 'services.ga.hosts[0]'],
  [
    'a host with a port',
    change((c) => (c.services.ga.hosts = ['ok.com', 'google-analytics.com:443'])),
    'services.ga.hosts[1]',
  ],
  ['a host with a path', change((c) => (c.services.ga.hosts = ['google.com/recaptcha'])), 'services.ga.hosts[0]'],
  ['a host in capitals', change((c) => (c.services.ga.hosts = ['Google-Analytics.com'])), 'services.ga.hosts[0]'],
  ['hosts not a list', change((c) => (c.services.ga.hosts = 'google-analytics.com')), 'services.ga.hosts'],
  ['a negative revision', change((c) => (c.revision = -1)), 'revision'],
  ['a fractional revision', change((c) => (c.revision = 1.5)), 'revision'],
  ['a revision as a string', change((c) => (c.revision = '2')), 'revision'],
  ['a cookie name with a space (RFC 6265 token)', change((c) => (c.cookie.name = 'my consent')), 'cookie.name'],
  ['a cookie name with a semicolon', change((c) => (c.cookie.name = 'a;b')), 'cookie.name'],
  ['an empty cookie name', change((c) => (c.cookie.name = '')), 'cookie.name'],
  ['a cookie name __proto__', change((c) => (c.cookie.name = '__proto__')), 'cookie.name'],
  ['a cookie name constructor', change((c) => (c.cookie.name = 'constructor')), 'cookie.name'],
  ['a cookie name hasOwnProperty', change((c) => (c.cookie.name = 'hasOwnProperty')), 'cookie.name'],
  ['a cookie name with a comma', change((c) => (c.cookie.name = 'a,b')), 'cookie.name'],
  ['a cookie domain with a scheme', change((c) => (c.cookie.domain = 'https://eshop.cz')), 'cookie.domain'],
  ['a cookie path without a leading slash', change((c) => (c.cookie.path = 'shop')), 'cookie.path'],
  ['a lowercase sameSite', change((c) => (c.cookie.sameSite = 'lax')), 'cookie.sameSite'],
  ['secure not a boolean', change((c) => (c.cookie.secure = 'yes')), 'cookie.secure'],
  [
    'sameSite None without secure',
    change((c) => ((c.cookie.sameSite = 'None'), delete c.cookie.secure)),
    'cookie.secure',
    'error',
    /None/,
  ],
  [
    'sameSite None with secure false',
    change((c) => ((c.cookie.sameSite = 'None'), (c.cookie.secure = false))),
    'cookie.secure',
  ],
  ['expiresDays zero', change((c) => (c.cookie.expiresDays = 0)), 'cookie.expiresDays'],
  ['expiresDays as a string', change((c) => (c.cookie.expiresDays = '182')), 'cookie.expiresDays'],
  ['a language name instead of a tag', change((c) => (c.language.default = 'czech')), 'language.default'],
  ['a forced language that is not a string', change((c) => (c.language.force = 1)), 'language.force'],
  ['strings keyed by a non-language', change((c) => (c.language.strings = { česky: {} })), 'language.strings.česky'],
  [
    'strings for a language that are not an object',
    change((c) => (c.language.strings.cs = 'Ahoj')),
    'language.strings.cs',
  ],
  ['an unknown layout', change((c) => (c.ui.layout = 'popup')), 'ui.layout'],
  ['an unknown position', change((c) => (c.ui.position = 'center')), 'ui.position'],
  ['an unknown theme', change((c) => (c.ui.theme = 'blue')), 'ui.theme'],
  ['blockPage not a boolean', change((c) => (c.ui.blockPage = 'no')), 'ui.blockPage'],
  ['closeButton not a boolean', change((c) => (c.ui.closeButton = 1)), 'ui.closeButton'],
  ['hideFromBots not a boolean', change((c) => (c.ui.hideFromBots = null)), 'ui.hideFromBots'],
  ['floatingButton a string', change((c) => (c.ui.floatingButton = 'yes')), 'ui.floatingButton'],
  [
    'a floating button position at the top',
    change((c) => (c.ui.floatingButton.position = 'top-left')),
    'ui.floatingButton.position',
  ],
  [
    'a javascript: privacy policy URL in ui',
    change((c) => (c.ui.privacyPolicyUrl = 'javascript:void 0')),
    'ui.privacyPolicyUrl',
  ],
  ['a cookie policy URL that is not a string', change((c) => (c.ui.cookiePolicyUrl = true)), 'ui.cookiePolicyUrl'],
  ['googleConsentMode a string', change((c) => (c.googleConsentMode = 'on')), 'googleConsentMode'],
  [
    'a negative waitForUpdate',
    change((c) => (c.googleConsentMode.waitForUpdate = -1)),
    'googleConsentMode.waitForUpdate',
  ],
  [
    'a mapping key that is no category',
    change((c) => (c.googleConsentMode.mapping.ads = ['ad_storage'])),
    'googleConsentMode.mapping.ads',
    'error',
    /category/,
  ],
  [
    'a mapping value that is no list',
    change((c) => (c.googleConsentMode.mapping.analytics = 'analytics_storage')),
    'googleConsentMode.mapping.analytics',
  ],
  [
    'a mapping to an unknown type',
    change((c) => (c.googleConsentMode.mapping.analytics = ['analytics'])),
    'googleConsentMode.mapping.analytics[0]',
  ],
  [
    'adsDataRedaction not a boolean',
    change((c) => (c.googleConsentMode.adsDataRedaction = 'true')),
    'googleConsentMode.adsDataRedaction',
  ],
  [
    'urlPassthrough not a boolean',
    change((c) => (c.googleConsentMode.urlPassthrough = 0)),
    'googleConsentMode.urlPassthrough',
  ],
  [
    'a dataLayer name that is no identifier',
    change((c) => (c.googleConsentMode.dataLayer = 'data-layer')),
    'googleConsentMode.dataLayer',
  ],
  ['gpc a string', change((c) => (c.gpc = 'marketing')), 'gpc'],
  ['gpc without categories', change((c) => (c.gpc = {})), 'gpc.categories', 'error', /required/],
  [
    'gpc naming no category',
    change((c) => (c.gpc.categories = ['marketing', 'ads'])),
    'gpc.categories[1]',
    'error',
    /category/,
  ],
  [
    'gpc denying a necessary category',
    change((c) => (c.gpc.categories = ['necessary'])),
    'gpc.categories[0]',
    'error',
    /necessary/,
  ],
  ['reloadOnRevoke not a boolean', change((c) => (c.reloadOnRevoke = 'yes')), 'reloadOnRevoke'],
  ['autoShow not a boolean', change((c) => (c.autoShow = 1)), 'autoShow'],
  ['a javascript: uiUrl', change((c) => (c.uiUrl = 'javascript:alert(1)')), 'uiUrl'],
  ['a nonce with a space', change((c) => (c.nonce = 'abc def')), 'nonce'],
  [
    'a top-level legitimateInterest',
    change((c) => (c.legitimateInterest = ['analytics'])),
    'legitimateInterest',
    'error',
    /legitimate/,
  ],
  [
    'legitimateInterest on a category',
    change((c) => (c.categories.analytics.legitimateInterest = true)),
    'categories.analytics.legitimateInterest',
    'error',
    /legitimate/,
  ],
  [
    'legitimateInterest on a service',
    change((c) => (c.services.ga.legitimateInterest = true)),
    'services.ga.legitimateInterest',
    'error',
    /legitimate/,
  ],
  [
    'legitimateInterest deep inside a cookie',
    change((c) => (c.services.ga.cookies[0].legitimate_interest = 1)),
    'services.ga.cookies[0].legitimate_interest',
    'error',
    /legitimate/,
  ],
  [
    'a legitimate-interest category',
    { categories: { necessary: { necessary: true }, 'legitimate-interest': { title: 'LI', description: 'LI' } } },
    'categories.legitimate-interest',
    'error',
    /legitimate/,
  ],
  [
    `ids too long to fit in ${MAX_COOKIE_BYTES} bytes`,
    change((c) => {
      for (let i = 0; i < 120; i++) c.services['service-with-a-rather-long-id-' + i] = { ...c.services.ga };
    }),
    'services',
    'error',
    /fit/,
  ],
];
const warnings: Case[] = [
  [
    'Google Analytics hosts in a necessary category',
    change((c) => (c.services.ga.category = 'necessary')),
    'services.ga.category',
    'warning',
    /tracker/,
  ],
  [
    'a Meta pixel cookie in a necessary category',
    change((c) => c.services.session.cookies.push({ name: '_fbp', lifetime: 90 })),
    'services.session.category',
    'warning',
  ],
  [
    'a Google Ads cookie pattern in a necessary category',
    change((c) => c.services.session.cookies.push({ name: '^_gcl_', lifetime: 90 })),
    'services.session.category',
    'warning',
  ],
  [
    'a TikTok host in a necessary category',
    change((c) => (c.services.session.hosts = ['analytics.tiktok.com'])),
    'services.session.category',
    'warning',
  ],
  [
    'Baidu in a necessary category',
    change((c) => (c.services.baidu.category = 'necessary')),
    'services.baidu.category',
    'warning',
  ],
  [
    'a lifetime over 13 months (CNIL)',
    change((c) => (c.cookie.expiresDays = 400)),
    'cookie.expiresDays',
    'warning',
    /13 months/,
  ],
  ['a box at the top edge', change((c) => (c.ui.position = 'top')), 'ui.position', 'warning', /box/],
  ['a bar in a corner', change((c) => (c.ui.layout = 'bar')), 'ui.position', 'warning', /bar/],
  [
    'the default box at the bottom edge',
    change((c) => (delete c.ui.layout, (c.ui.position = 'bottom'))),
    'ui.position',
    'warning',
  ],
  ['a position with the modal layout', change((c) => (c.ui.layout = 'modal')), 'ui.position', 'warning'],
];

describe('every problem names the field, the problem and the fix', () => {
  for (const [name, config, path, level = 'error', message] of [...errors, ...warnings])
    it(`${level}: ${name}`, () => {
      const problems = validate(config);
      // Exactly one problem: the one this change introduced.
      expect(problems, formatProblems(problems)).toHaveLength(1);
      const [p] = problems;
      expect(p.path).toBe(path);
      expect(p.level).toBe(level);
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.fix.length).toBeGreaterThan(10);
      if (message) expect(p.message + ' ' + p.fix).toMatch(message);
    });

  it('collects every problem in one pass', () => {
    const c = change((c) => {
      c.services.ga.country = 'us';
      c.cookie.sameSite = 'lax';
      c.autoshow = false;
    });
    expect(
      validate(c)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['autoshow', 'cookie.sameSite', 'services.ga.country']);
  });

  it('no tracker-in-necessary warning for a non-tracker in necessary, or a tracker in analytics', () => {
    expect(validate(base).filter((p) => p.level == 'warning')).toEqual([]);
    expect(validate(change((c) => (c.ui.position = undefined))).length).toBe(0);
    expect(validate(change((c) => (c.cookie.expiresDays = 395)))).toEqual([]);
  });

  it('never throws on odd input', () => {
    const cyclic: Record<string, unknown> = { ui: {} };
    cyclic.ui = cyclic;
    for (const v of [
      0,
      'x',
      true,
      () => 1,
      Symbol('s'),
      cyclic,
      { services: { ga: null } },
      { categories: { a: null } },
      { gpc: { categories: 'x' } },
    ])
      expect(() => validate(v)).not.toThrow();
    expect(validate(cyclic).length).toBeGreaterThan(0);
  });
});

describe('cookie size', () => {
  it('a config that passes always fits: the largest real record stays under the limit', () => {
    const withServices = (n: number): Config =>
      change((c) => {
        for (let i = 0; i < n; i++) c.services[`svc-${i}-${'x'.repeat(20)}`] = { ...c.services.ga };
      });
    let n = 0;
    while (!validate(withServices(n + 1)).some((p) => p.path == 'services')) n++;
    expect(n).toBeGreaterThan(50); // realistic configs are far from the limit
    const config = withServices(n);
    expect(validate(config)).toEqual([]);
    const value = encodeRecord({
      revision: 999_999,
      id: crypto.randomUUID(),
      first: Date.now(),
      last: Date.now(),
      granted: Object.keys(config.categories),
      denied: [],
      grantedServices: Object.keys(config.services),
      deniedServices: [],
      source: 'placeholder',
      gpc: true,
    });
    expect(`${config.cookie.name}=${value}`.length).toBeLessThanOrEqual(MAX_COOKIE_BYTES);
  });
});

describe('properties', () => {
  const wellFormed = (problems: ConfigProblem[]): void => {
    for (const p of problems) {
      expect(p.path).not.toBe('');
      expect(p.message).not.toBe('');
      expect(p.fix).not.toBe('');
      expect(['error', 'warning']).toContain(p.level);
    }
  };
  it('any value: never throws, every problem well formed', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (v) => wellFormed(validate(v))),
    );
  });
  it('the Czech config with any one field replaced by anything: never throws, problems well formed', () => {
    const leaves: string[][] = [];
    const walk = (v: unknown, path: string[]): void => {
      if (v && typeof v == 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      else leaves.push(path);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.anything(), (path, value) => {
        const c = structuredClone(base) as Record<string, unknown>;
        let o = c;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
        o[path.at(-1)!] = value;
        const problems = validate(c);
        wellFormed(problems);
      }),
    );
  });
});

describe('formatProblems', () => {
  const problems = validate(change((c) => ((c.services.ga.country = 'us'), (c.cookie.expiresDays = 400))));
  it('lists every problem in one message with its fix', () => {
    const text = formatProblems(problems);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Keks: invalid config (2 problems):');
    expect(lines[1]).toMatch(/^- services\.ga\.country: must be .+ {2}Fix: .+/);
    expect(lines[2]).toMatch(/^- cookie\.expiresDays: warning: .+ {2}Fix: .+/);
  });
  it('says "problem" for one and "warnings" when nothing is an error', () => {
    const warningsOnly = problems.filter((p) => p.level == 'warning');
    expect(formatProblems(warningsOnly).split('\n')[0]).toBe('Keks: config warnings (1 problem):');
  });
});

it('a negative cookie lifetime says what is allowed', () => {
  const p = validate(change((c) => (c.services.ga.cookies = [{ name: '_ga', lifetime: -1 }])));
  expect(p.map((x) => [x.path, x.message])).toEqual([
    ['services.ga.cookies[0].lifetime', "must be a number of days ≥ 0, or text such as '2 years'"],
  ]);
});

describe('production build (DEV = false)', () => {
  it('keeps the field and the problem, drops the fix text and the warnings', async () => {
    vi.resetModules();
    vi.doMock('../../src/dev.js', () => ({ DEV: false }));
    const prod = await import('../../src/validate.js');
    const c = change((c) => {
      c.services.ga.country = 'us';
      c.services.ga.category = 'necessary'; // tracker-in-necessary warning: development only
      c.autoshow = true;
    });
    const problems: ConfigProblem[] = prod.validate(c);
    expect(problems.map((p) => [p.path, p.level, p.fix])).toEqual([
      ['services.ga.country', 'error', ''],
      ['autoshow', 'error', ''],
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(5);
    expect(prod.formatProblems(problems)).not.toMatch(/Fix:/);
    // "Did you mean" is cheap and stays in production.
    expect(problems[1].message).toMatch(/did you mean "autoShow"/);
    const cat = prod.validate(change((c) => (c.services.ga.category = 'analytcs')));
    expect(cat[0].message).toMatch(/did you mean "analytics"/);
    vi.doUnmock('../../src/dev.js');
    vi.resetModules();
  });
});

it('a revision object that cannot become a primitive is reported, never thrown (a case fast-check found)', () => {
  const c = { ...structuredClone(base), revision: { toString: 0 } } as unknown as Config;
  expect(() => validate(c)).not.toThrow();
  expect(validate(c).map((p) => p.path)).toContain('revision');
});

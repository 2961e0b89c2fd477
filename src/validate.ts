/**
 * Config validation: every problem names the field (`services.ga.country`), what is wrong and,
 * in the development build, how to fix it. The fix text, "did you mean" and the warnings (which never
 * stop `init`) sit behind `DEV`, so the production loader keeps every error with its field and problem
 * but not the long sentences or the tracker list. Table-driven to stay small: it ships in the loader
 * (3 kB brotli budget).
 */
import { DEFAULT_CATEGORIES } from './config.js';
import { DEV } from './dev.js';
import { didYouMean } from './did-you-mean.js';
import { MAX_COOKIE_BYTES } from './consent-cookie.js';
import { hostOverlaps } from './gate/host-overlap.js';
import { TRACKER_COOKIES, TRACKER_HOSTS } from './known-trackers.js';
import { ID } from './record.js';
import { encodeRecord } from './record-encode.js';
import { checkFromCategories, checkService } from './services/validate-from.js';
import { recordsCheck } from './validate-records.js';

// For the gate's message about markup naming an unknown id (gate/verdict.ts): the loader fetches this chunk for it.
export { nearest } from './did-you-mean.js';
// Diagnostics the loader runs with the validator (api.ts).
export { earlyTrackers } from './early-trackers.js';

/** One thing wrong with a config. */
export interface ConfigProblem {
  /** Where: `services.ga.country`, `cookie.expiresDays`, `config` for the whole object. */
  path: string;
  /** What is wrong. */
  message: string;
  /** How to fix it; empty in the production build. */
  fix: string;
  /** Errors stop `init`; warnings are logged. */
  level: 'error' | 'warning';
}

type Obj = Record<string, unknown>;
type Check = (value: unknown, path: string) => unknown;

let problems: ConfigProblem[];

const report = (path: string, message: string, fix: string | false, level: ConfigProblem['level'] = 'error'): void => {
  problems.push({ path: path || 'config', message, fix: fix || '', level });
};
const join = (path: string, key: string | number): string => (path ? path + '.' + key : key + '');
const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v == 'string' && !!v.trim();
const isStr = (v: unknown): v is string => typeof v == 'string';

/** BCP 47 language tag, loosely: `cs`, `en-GB`, `pt-BR`, `zh-Hant`. */
const LANG = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;
/** Host name, lowercase, no scheme, port, path or wildcard (a pattern already covers subdomains). */
const HOST = /^([a-z\d]([a-z\d-]*[a-z\d])?\.)*[a-z\d]([a-z\d-]*[a-z\d])?$/;
const SEVEN = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];
const CORNERS = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];
/** Keks has no legitimate-interest basis (EDPB Cookie Banner Taskforce report). */
const LEGIT = /legitimate/i;

const isLocalized = (v: unknown): boolean =>
  isText(v) || (isObj(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => LANG.test(k) && isText(v[k])));
/** http(s), protocol-relative or relative; never `javascript:` or `data:` (rendered as links). */
const isUrl = (v: unknown): boolean => isText(v) && /^((https?:)?\/\/[^/?#\s]+|(?![\w+.-]*:))\S*$/i.test(v);
/** A name, or a `^` regular expression that compiles. */
const isPattern = (v: unknown): boolean => {
  try {
    return isText(v) && (v[0] != '^' || !!new RegExp(v));
  } catch {
    return false;
  }
};

/** A leaf check: `test` passes or the field "must be <want>". */
const typed =
  (test: (v: unknown) => boolean, want: string): Check =>
  (v, p) =>
    test(v) || report(p, 'must be ' + want, DEV && `Set ${p} to ${want}.`);
const bool = typed((v) => typeof v == 'boolean', 'true or false');
const text = typed(isText, 'text');
const localized = typed(isLocalized, 'text or {lang: text}');
const url = typed(isUrl, 'an http(s) or relative URL');
const lang = typed((v) => isStr(v) && LANG.test(v), 'a language tag (cs, pt-BR)');
const oneOf = (...values: unknown[]): Check => typed((v) => values.includes(v), 'one of ' + values.join(', '));
const host: Check = (v, p) =>
  (isStr(v) && HOST.test(v)) ||
  report(
    p,
    'must be a host (example.com)',
    DEV &&
      `Write just the lowercase host, e.g. "${String(v)
        .replace(/^\w+:\/\/|^\*?\.|[:/].*$/g, '')
        .toLowerCase()}": it covers every subdomain; no scheme, port, path or *.`,
  );
const pattern = typed(isPattern, 'a name or ^regex');
const list =
  (item: Check): Check =>
  (v, p) =>
    Array.isArray(v)
      ? v.forEach((x, i) => item(x, `${p}[${i}]`))
      : report(p, 'must be a list', DEV && `Write ${p} as an array: [ … ].`);

/** An object with known keys; `orBool` also accepts true/false. Unknown keys are errors (typos fail loudly). */
const obj =
  (spec: Record<string, Check>, required: string[] = [], orBool?: boolean): Check =>
  (v, p) => {
    if (orBool && typeof v == 'boolean') return;
    if (!isObj(v))
      return report(
        p,
        orBool ? 'must be true, false or an object' : 'must be an object',
        DEV && `Write ${p || 'the config'} as { … }.`,
      );
    const known = Object.keys(spec);
    for (const k in v) {
      // includes, not spec[k]: keys such as "constructor" or a JSON "__proto__" must not reach Object.prototype.
      if (known.includes(k)) {
        if (v[k] !== undefined) spec[k](v[k], join(p, k));
      } else if (!LEGIT.test(k))
        report(
          join(p, k),
          'unknown option' + didYouMean(k, known),
          DEV && `Remove it; ${p || 'the config'} knows: ${known.join(', ')}.`,
        );
    }
    for (const k of required)
      if (v[k] === undefined)
        report(
          join(p, k),
          'is required',
          DEV && `Add ${join(p, k)}${p.startsWith('services') ? ': visitors must be shown it (GDPR Art. 13)' : ''}.`,
        );
  };
/** A map whose keys are ids (or match `key`). */
const record =
  (value: Check, key = ID, want = 'an id (a-z, 0-9, -, _)'): Check =>
  (v, p) => {
    if (!isObj(v)) return report(p, 'must be an object', DEV && `Write ${p} as { id: … }.`);
    for (const k in v) {
      if (key.test(k)) value(v[k], join(p, k));
      else if (!LEGIT.test(k))
        report(
          join(p, k),
          'key must be ' + want,
          DEV && `Rename "${k}", e.g. "${k.toLowerCase().replace(/[^a-z\d_-]+/g, '-')}".`,
        );
    }
  };

const service = obj(
  {
    category: text,
    name: text,
    provider: text,
    purpose: localized,
    country: (v, p) => {
      const many = Array.isArray(v) && v.length;
      (many ? v : [v]).forEach(
        (c: unknown, i: number) =>
          (isStr(c) && /^[A-Z]{2}$/.test(c) && c != 'UK') ||
          report(
            many ? `${p}[${i}]` : p,
            'must be an ISO country code (CN, SG, US)',
            DEV && `Use the two uppercase letters, e.g. CN, SG, US (the United Kingdom is GB).`,
          ),
      );
    },
    privacyPolicy: url,
    optOut: url,
    cookies: list(
      obj(
        {
          name: pattern,
          lifetime: typed(
            (v) => (typeof v == 'number' && v >= 0) || isLocalized(v),
            "a number of days ≥ 0, or text such as '2 years'",
          ),
          purpose: localized,
          domain: text,
        },
        ['name', 'lifetime'],
      ),
    ),
    storage: list(pattern),
    hosts: list(host),
  },
  ['category', 'provider', 'purpose', 'country', 'privacyPolicy'],
);

const schema = obj({
  categories: record(obj({ necessary: bool, title: localized, description: localized })),
  services: record((v, p) => checkService(v, p, service, report, problems)),
  revision: typed((v) => v === 'auto' || (Number.isSafeInteger(v) && (v as number) >= 0), 'an integer ≥ 0 or "auto"'),
  cookie: obj({
    // RFC 6265 §4.1.1: cookie-name is a token (RFC 2616 §2.2).
    // Never an Object.prototype name (`__proto__`, `constructor`): cookie jars keyed by name would misread it.
    name: typed(
      (v) => isStr(v) && /^[\w!#$%&'*+.^`|~-]+$/.test(v) && !(v in {}),
      'a cookie name (RFC 6265 token, not __proto__ or constructor)',
    ),
    domain: (v, p) => (isStr(v) && HOST.test(v.replace(/^\./, ''))) || host(v, p),
    path: typed((v) => isStr(v) && /^\/[^;\s]*$/.test(v), 'a path starting with /'),
    sameSite: oneOf('Lax', 'Strict', 'None'),
    secure: bool,
    expiresDays: typed((v) => typeof v == 'number' && v > 0 && v < 1e6, 'days > 0'),
  }),
  language: obj({ default: lang, force: lang, strings: record(typed(isObj, 'an object'), LANG, 'a language tag') }),
  ui: obj({
    layout: oneOf('box', 'bar', 'modal'),
    position: oneOf('bottom', 'top', ...CORNERS),
    theme: oneOf('light', 'dark', 'auto'),
    blockPage: bool,
    closeButton: bool,
    floatingButton: obj({ position: oneOf('bottom-left', 'bottom-right') }, [], true),
    privacyPolicyUrl: url,
    cookiePolicyUrl: url,
    hideFromBots: bool,
    onPolicyPages: oneOf('bar', 'none', 'normal'),
  }),
  googleConsentMode: obj(
    {
      waitForUpdate: typed((v) => typeof v == 'number' && v >= 0 && v < 1e6, 'milliseconds ≥ 0'),
      mapping: record(list(oneOf(...SEVEN))),
      adsDataRedaction: bool,
      urlPassthrough: bool,
      dataLayer: typed((v) => isStr(v) && /^[a-z_$][\w$]*$/i.test(v), 'a JavaScript identifier'),
    },
    [],
    true,
  ),
  gpc: obj({ categories: list(text) }, ['categories'], true),
  reloadOnRevoke: bool,
  autoShow: bool,
  uiUrl: url,
  nonce: typed((v) => isStr(v) && /^[\w+/=-]+$/.test(v), 'a CSP nonce (base64)'),
  records: recordsCheck(obj, typed),
  debug: bool,
});

/** Wherever a legitimate-interest key appears (option, category or service id). */
const legitimate = (v: unknown, p: string, depth = 0): void => {
  if (depth < 9 && v && typeof v == 'object')
    for (const [k, x] of Object.entries(v)) {
      const q = Array.isArray(v) ? `${p}[${k}]` : join(p, k);
      if (LEGIT.test(k))
        report(
          q,
          'Keks has no legitimate-interest basis',
          DEV &&
            'Cookies and trackers need consent (ePrivacy Art. 5(3)); legitimate interest cannot replace it (EDPB Cookie Banner Taskforce §24; EDPB Cookie Banner Taskforce report). Remove it and put the service in a consent category.',
        );
      legitimate(x, q, depth + 1);
    }
};

/**
 * Checks a config against every rule Keks knows. Returns every problem found (empty when valid);
 * `init` throws one error listing the errors (see {@link formatProblems}) and logs the warnings.
 */
export function validate(config: unknown): ConfigProblem[] {
  problems = [];
  if (config === undefined) return problems;
  schema(config, '');
  if (!isObj(config)) return problems;
  legitimate(config, '');
  const c = config as Obj & { [k: string]: Obj | undefined };
  const cats = (isObj(c.categories) ? c.categories : DEFAULT_CATEGORIES) as Record<string, Obj>;
  const catIds = Object.keys(cats);
  const isCat = (id: unknown): boolean => catIds.includes(id as string);
  const necessary = (id: unknown): boolean =>
    isCat(id) && isObj(cats[id as string]) && cats[id as string].necessary === true;
  const services = isObj(c.services) ? c.services : {};

  if (!catIds.some(necessary))
    report(
      'categories',
      'has no necessary category',
      DEV &&
        'Add necessary: { necessary: true }: the consent cookie itself and what the visitor asked for live there (EDPB Cookie Banner Taskforce report).',
    );
  for (const id of catIds)
    if (!Object.keys(DEFAULT_CATEGORIES).includes(id) && isObj(cats[id]))
      for (const k of ['title', 'description'])
        if (cats[id][k] === undefined)
          report(
            `categories.${id}.${k}`,
            'is required for a custom category',
            DEV &&
              `Add ${k}: { cs: '…', en: '…' }; built-in texts exist only for ${Object.keys(DEFAULT_CATEGORIES).join(', ')}.`,
          );

  for (const [id, s] of Object.entries(services)) {
    if (!isObj(s)) continue;
    const p = 'services.' + id;
    if (isCat(id))
      report(
        p,
        'has the id of a category',
        DEV && `Rename the service or the category "${id}": accepted("${id}") and data-service must mean one thing.`,
      );
    if (isStr(s.category) && !isCat(s.category))
      report(
        p + '.category',
        `names no category "${s.category}"` + didYouMean(s.category, catIds),
        DEV && `Use one of: ${catIds.join(', ')}.`,
      );
    // A known tracker in a necessary category would run without consent. Warnings are
    // development-build only: they never stop init, and the tracker list stays out of production.
    if (
      DEV &&
      necessary(s.category) &&
      ((Array.isArray(s.hosts) && s.hosts.some((h) => isStr(h) && TRACKER_HOSTS.test(h))) ||
        (Array.isArray(s.cookies) &&
          s.cookies.some((k) => isObj(k) && isStr(k.name) && TRACKER_COOKIES.test(k.name.replace(/^\^/, '')))))
    )
      report(
        p + '.category',
        'puts a known tracker in a necessary category',
        DEV &&
          'Analytics and advertising are never strictly necessary (EDPB Cookie Banner Taskforce §26–30; EDPB Cookie Banner Taskforce report): move it to analytics or marketing.',
        'warning',
      );
  }

  checkFromCategories(services, catIds, report);

  const cookie = isObj(c.cookie) ? c.cookie : {};
  if (cookie.sameSite == 'None' && cookie.secure !== true)
    report(
      'cookie.secure',
      'must be true with sameSite None',
      DEV && 'Browsers refuse SameSite=None cookies without Secure: set cookie.secure: true, or use sameSite Lax.',
    );
  if (DEV && (cookie.expiresDays as number) > 395)
    report(
      'cookie.expiresDays',
      'is longer than 13 months',
      DEV && 'CNIL guidance: ask again after at most 13 months (395 days); the default is 182.',
      'warning',
    );
  // Fail now, not when the first visitor clicks "Accept all". Every id granted is the longest
  // record; the 20 bytes of slack cover real times (6 base-36 digits each, not "0") and a larger revision.
  const all = encodeRecord({
    revision: 0,
    id: '00000000-0000-4000-8000-000000000000',
    first: 0,
    last: 0,
    granted: catIds,
    denied: [],
    grantedServices: Object.keys(services),
    deniedServices: [],
    source: 'placeholder',
    gpc: true,
  });
  if (all.length + String(cookie.name ?? 'keks').length > MAX_COOKIE_BYTES - 20)
    report(
      'services',
      'too many to fit in the consent cookie',
      DEV &&
        `Use shorter or fewer category and service ids: the cookie must stay under ${MAX_COOKIE_BYTES} bytes (GDPR Art. 7(1)).`,
    );

  for (const [p, m, f] of hostOverlaps(services)) report(p, m, DEV && f, 'warning');

  // The UI places a mismatched position as best it can (a box at `top` goes top-right), so these are
  // development-build warnings, not errors.
  const ui = isObj(c.ui) ? c.ui : {};
  const position = ui.position;
  if (DEV && position !== undefined) {
    const layout = ui.layout ?? 'box';
    if (layout == 'modal')
      report(
        'ui.position',
        'is ignored by the modal layout',
        'Remove ui.position, or use layout box or bar.',
        'warning',
      );
    else if ((layout == 'bar') != (position == 'top' || position == 'bottom'))
      report(
        'ui.position',
        `does not fit layout ${layout}`,
        layout == 'bar'
          ? 'A bar sits at the top or bottom edge: use top or bottom.'
          : `A box sits in a corner: use ${CORNERS.join(', ')}.`,
        'warning',
      );
  }

  const gpc = isObj(c.gpc) && Array.isArray(c.gpc.categories) ? c.gpc.categories : [];
  gpc.forEach((id, i) => {
    if (!isCat(id) || necessary(id))
      report(
        `gpc.categories[${i}]`,
        isCat(id) ? 'is necessary and cannot be denied' : 'names no category',
        DEV && `Use non-necessary categories: ${catIds.filter((x) => !necessary(x)).join(', ')}.`,
      );
  });
  const gcm = c.googleConsentMode;
  if (isObj(gcm) && isObj(gcm.mapping))
    for (const k in gcm.mapping)
      if (!isCat(k))
        report(
          'googleConsentMode.mapping.' + k,
          'names no category',
          DEV && `Map only configured categories: ${catIds.join(', ')}.`,
        );
  return problems;
}

/** One message listing every problem: `Keks: invalid config (2 problems):\n- services.ga.country: …  Fix: …`. */
export function formatProblems(list: readonly ConfigProblem[]): string {
  const n = list.length;
  return (
    `Keks: ${list.some((x) => x.level == 'error') ? 'invalid config' : 'config warnings'} (${n} problem${n == 1 ? '' : 's'}):` +
    list
      .map(
        (x) => `\n- ${x.path}: ${x.level == 'warning' ? 'warning: ' : ''}${x.message}${x.fix ? '  Fix: ' + x.fix : ''}`,
      )
      .join('')
  );
}

/**
 * Config types, defaults and resolution. Validation lives in `validate.ts`;
 * this file only describes the shape and fills in defaults.
 */
import { resolveServices } from './services/resolve-from.js';
import type { ServiceFrom } from './services/service-from.js';
import { autoRevision } from './revision.js';

/** A category id: lowercase letters, digits, `-` and `_`, starting with a letter. */
export type CategoryId = string;

/** Text in one language, or a map from language tag (`cs`, `en`, `pt-BR`) to text. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The seven Google Consent Mode v2 types. */
export type ConsentModeType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** One cookie (or family of cookies) that a service sets. */
export interface CookieDeclaration {
  /**
   * The cookie's name, or a pattern: a value starting with `^` is a regular
   * expression source (`'^_ga_'` matches `_ga_ABC123`).
   */
  name: string;
  /** How long it lives, as shown to visitors (`'2 roky'`, `{ cs: '2 roky', en: '2 years' }`), or a number of days. */
  lifetime: LocalizedText | number;
  /** What it is for. */
  purpose?: LocalizedText;
  /** Domain it is set on when that is not the site's own (a third-party cookie): shown in the declaration only. */
  domain?: string;
}

/** A service: one company's product that places cookies or receives data (GDPR Art. 13). */
export interface ServiceConfig {
  /** The category that must be granted for this service to run. */
  category: CategoryId;
  /** Display name; defaults to the service id. */
  name?: string;
  /** The company that receives the data (legal name). */
  provider: string;
  /** What the service does with the data. */
  purpose: LocalizedText;
  /** ISO 3166-1 alpha-2 code(s) of the countries that receive the data, e.g. `'CN'`, `['SG', 'US']`. */
  country: string | readonly string[];
  /** URL of the provider's privacy policy. */
  privacyPolicy: string;
  /** URL where a visitor can opt out with the provider, if it offers one. */
  optOut?: string;
  /** First-party cookies it sets; deleted when its consent is withdrawn (GDPR Art. 7(3)). */
  cookies?: readonly CookieDeclaration[];
  /** localStorage / sessionStorage keys (or `^patterns`) it writes; deleted on withdrawal. */
  storage?: readonly string[];
  /**
   * Host patterns it loads from. `example.com` matches the host and every subdomain;
   * requests and elements pointing there are held back until the service is granted.
   */
  hosts?: readonly string[];
  /** Set by `resolveConfig` when the service came from a catalogue entry: the entry's id. */
  from?: string;
}

/** A consent category. */
export interface CategoryConfig {
  /** Always granted and shown on and disabled. Only for what the visitor asked for (EDPB Cookie Banner Taskforce report). */
  necessary?: boolean;
  /** Title, needed for categories that the built-in translations do not know. */
  title?: LocalizedText;
  /** Description, needed for categories that the built-in translations do not know. */
  description?: LocalizedText;
}

/** The consent cookie's attributes (RFC 6265 §4.1.2). */
export interface CookieOptions {
  /** Default `keks`. */
  name?: string;
  /** Set to share consent across subdomains (`example.com`). Default: host-only. */
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default: true on https pages. */
  secure?: boolean;
  /** Lifetime of a decision in days. Default 182 (six months, CNIL). */
  expiresDays?: number;
}

/** Google Consent Mode v2 options. */
export interface ConsentModeOptions {
  /** Milliseconds Google tags wait for an update. Default 500. */
  waitForUpdate?: number;
  /** Which Consent Mode types each category grants. Default: the mapping in the README (Google Consent Mode v2). */
  mapping?: Readonly<Record<CategoryId, readonly ConsentModeType[]>>;
  /** Default false. */
  adsDataRedaction?: boolean;
  /** Default false. */
  urlPassthrough?: boolean;
  /** Name of the dataLayer array. Default `dataLayer`. */
  dataLayer?: string;
}

/** Where and how the UI shows itself. */
export interface UiOptions {
  /** `box` (a corner), `bar` (top or bottom edge) or `modal` (centred). Default `box`. */
  layout?: 'box' | 'bar' | 'modal';
  /** For `box`: `bottom-left`, `bottom-right`, `top-left`, `top-right`; for `bar`: `top`, `bottom`. */
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
  /** Default `auto`: follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Block the page until a choice is made. Off by default (no cookie wall). */
  blockPage?: boolean;
  /** Show a × that records a refusal ("continue without accepting"; GDPR Recital 32). Default false. */
  closeButton?: boolean;
  /** Show a floating button that re-opens the preferences (GDPR Art. 7(3)). Default false. */
  floatingButton?: boolean | { position?: 'bottom-left' | 'bottom-right' };
  /** URL of the privacy policy, linked from the banner (GDPR Art. 13). */
  privacyPolicyUrl?: string;
  /** URL of the cookie policy, linked from the banner (GDPR Art. 13). */
  cookiePolicyUrl?: string;
  /** Do not show the banner to known bots (everything stays denied). Default false. */
  hideFromBots?: boolean;
  /**
   * The banner on the cookie-policy and privacy-policy pages (a page with `<keks-declaration>`, or the
   * pages `cookiePolicyUrl` and `privacyPolicyUrl` point to): `bar` (default) a slim bar that does not cover
   * the declaration, `none` not shown there, `normal` as on every other page.
   */
  onPolicyPages?: 'bar' | 'none' | 'normal';
  /** Set by the loader, not by a config: a decision of an older revision was found, so the banner says why it asks again. */
  revisionChanged?: boolean;
}

/** Language options. */
export interface LanguageOptions {
  /** Used when neither `<html lang>` nor its base language has a translation. Default `en`. */
  default?: string;
  /** Force a language instead of reading `<html lang>`. */
  force?: string;
  /** Per-language overrides of any built-in string, e.g. `{ cs: { banner: { title: '…' } } }`. */
  strings?: Readonly<Record<string, unknown>>;
}

/** Everything a site owner configures. Every field is optional. */
export interface KeksConfig {
  /** Categories in display order. Default: necessary, preferences, analytics, marketing. */
  categories?: Readonly<Record<CategoryId, CategoryConfig>>;
  /** Services by id (lowercase, digits, `-`, `_`). */
  services?: Readonly<Record<string, ServiceConfig | ServiceFrom>>;
  /**
   * Bump when a service or purpose is added: everyone is asked again. Default 0. `"auto"`: a hash of the
   * consent-relevant parts (categories, services, their categories, hosts, countries), see `revision.ts`.
   */
  revision?: number | 'auto';
  cookie?: CookieOptions;
  language?: LanguageOptions;
  ui?: UiOptions;
  /** Push Google Consent Mode v2 default and updates. Default false. */
  googleConsentMode?: boolean | ConsentModeOptions;
  /**
   * Honour Global Privacy Control: deny these categories without asking.
   * `true` (default) denies `marketing`; `false` ignores the signal.
   */
  gpc?: boolean | { categories: readonly CategoryId[] };
  /** Reload the page after consent is withdrawn, since running scripts cannot be unloaded (GDPR Art. 7(3)). Default false. */
  reloadOnRevoke?: boolean;
  /** Show the banner automatically when no valid decision is stored. Default true. */
  autoShow?: boolean;
  /** URL of `keks-ui.js` for the script-tag build. Default: next to `keks.js`. */
  uiUrl?: string;
  /** CSP nonce copied onto released scripts. Default: the loader script's own nonce. */
  nonce?: string;
  /** Send every decision to a consent-records receiver (proof of consent, GDPR Art. 7(1)). Default: off. */
  records?: RecordsOptions;
  /**
   * Run the dev-mode audit in this build too (always on in `keks.dev.js` and npm development builds): once
   * per page view, a console report of undeclared cookies, unconfigured tracker hosts and leaks. Default false.
   */
  debug?: boolean;
}

/** Where consent records go (README "Consent records"). */
export interface RecordsOptions {
  /** The receiver's URL: `https://…`, or a same-origin path such as `/consent`. */
  endpoint: string;
}

/** Config with every default filled in; what the store, the gate and the UI read. */
export interface ResolvedConfig {
  categories: Record<CategoryId, Required<Pick<CategoryConfig, 'necessary'>> & CategoryConfig>;
  /** Category ids in display order. */
  categoryIds: CategoryId[];
  services: Record<string, ServiceConfig>;
  revision: number;
  cookie: Required<Omit<CookieOptions, 'domain'>> & { domain?: string };
  language: LanguageOptions & { default: string };
  ui: UiOptions & Required<Pick<UiOptions, 'layout' | 'theme' | 'blockPage' | 'closeButton'>>;
  googleConsentMode:
    | false
    | (Required<Omit<ConsentModeOptions, 'mapping'>> & { mapping: Record<CategoryId, readonly ConsentModeType[]> });
  gpc: readonly CategoryId[];
  reloadOnRevoke: boolean;
  autoShow: boolean;
  uiUrl?: string;
  nonce?: string;
  records?: RecordsOptions;
  debug: boolean;
}

/** Categories used when the config names none. */
export const DEFAULT_CATEGORIES: Readonly<Record<CategoryId, CategoryConfig>> = {
  necessary: { necessary: true },
  preferences: {},
  analytics: {},
  marketing: {},
};

/** Category → Consent Mode types. */
export const DEFAULT_CONSENT_MODE_MAPPING: Readonly<Record<CategoryId, readonly ConsentModeType[]>> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** The seven Consent Mode v2 types, as the default mapping lists them (a function: bundles that never ask drop it). */
export const consentModeTypes = (): ConsentModeType[] => Object.values(DEFAULT_CONSENT_MODE_MAPPING).flat();

/** Fill in every default. Assumes `validate(config)` found no problem. */
export function resolveConfig(config: KeksConfig = {}): ResolvedConfig {
  const cats = config.categories ?? DEFAULT_CATEGORIES;
  const categories: ResolvedConfig['categories'] = {};
  for (const id of Object.keys(cats)) categories[id] = { ...cats[id], necessary: !!cats[id].necessary };
  const gcm = config.googleConsentMode;
  const gcmOptions: ConsentModeOptions = typeof gcm === 'object' ? gcm : {};
  const gpc = config.gpc ?? true;
  return {
    categories,
    categoryIds: Object.keys(categories),
    services: resolveServices(config.services),
    revision: config.revision === 'auto' ? autoRevision(config, categories) : (config.revision ?? 0),
    cookie: {
      name: 'keks',
      path: '/',
      sameSite: 'Lax',
      // RFC 6265bis: Secure whenever the page is https, so the cookie never travels in clear.
      secure: typeof location != 'undefined' && location.protocol == 'https:',
      expiresDays: 182,
      ...config.cookie,
    },
    language: { default: 'en', ...config.language },
    ui: { layout: 'box', theme: 'auto', blockPage: false, closeButton: false, ...config.ui },
    googleConsentMode: gcm
      ? {
          waitForUpdate: 500,
          adsDataRedaction: false,
          urlPassthrough: false,
          dataLayer: 'dataLayer',
          ...gcmOptions,
          mapping: { ...DEFAULT_CONSENT_MODE_MAPPING, ...gcmOptions.mapping },
        }
      : false,
    gpc: gpc === true ? ['marketing'] : gpc === false ? [] : gpc.categories,
    reloadOnRevoke: !!config.reloadOnRevoke,
    autoShow: config.autoShow ?? true,
    uiUrl: config.uiUrl,
    nonce: config.nonce,
    records: config.records,
    debug: !!config.debug,
  };
}

/**
 * The config the gate holds with when the loader refuses a config (config-check.ts): every category
 * denied, and whatever service hosts it can read, so trackers named anywhere in it stay held.
 */
export function heldConfig(input: unknown): ResolvedConfig {
  const c = (input && typeof input == 'object' ? input : {}) as Record<string, unknown>;
  const services: Record<string, ServiceConfig> = {};
  const given = c.services && typeof c.services == 'object' ? (c.services as Record<string, unknown>) : {};
  for (const id in given) {
    const s = given[id] as Partial<ServiceConfig> | null;
    const hosts = s && Array.isArray(s.hosts) ? s.hosts : [];
    services[id] = {
      ...(s as ServiceConfig),
      category: String(s?.category),
      // Read what can be read: "https://www.Example.com:8080/x" still names www.example.com.
      hosts: hosts.flatMap((h: unknown) =>
        typeof h == 'string' && h.trim()
          ? [
              h
                .trim()
                .replace(/^\w+:\/\/|^\/\/|[:/?#].*$/g, '')
                .toLowerCase(),
            ]
          : [],
      ),
    };
  }
  const categories: Record<string, CategoryConfig> = { ...DEFAULT_CATEGORIES };
  const cats = c.categories && typeof c.categories == 'object' ? (c.categories as Record<string, unknown>) : {};
  for (const id in cats)
    if (cats[id] && typeof cats[id] == 'object') categories[id] = { ...cats[id], necessary: false };
  const held = resolveConfig({ categories, services, autoShow: false, gpc: false });
  // Markup may name ids the unreadable config would have had: hold those too, without reporting them
  // as unknown (the refusal already says what is wrong).
  const anyId = <T>(known: Record<string, T>, stand: T): Record<string, T> =>
    new Proxy(known, { get: (t, k) => (typeof k == 'string' && !(k in t) ? stand : t[k as string]) });
  held.services = anyId(held.services, { category: '' } as ServiceConfig);
  held.categories = anyId(held.categories, { necessary: false });
  return held;
}

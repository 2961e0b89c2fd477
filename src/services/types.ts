/**
 * The built-in service catalogue's shape. An entry is data only: one file per service in
 * `catalogue/<id>.ts`. The loader needs only the small part in `CatalogueHosts` (generated into
 * `hosts/<id>.ts`); everything visitors read loads with the UI.
 */
import type { CategoryId, ConsentModeType } from '../config.js';

/** Text in Czech and English at least, more languages where we wrote them. */
export type CatalogueText = Readonly<{ cs: string; en: string } & Record<string, string>>;

/** One cookie, or a family of cookies sharing a prefix. */
export interface CatalogueCookie {
  /** Exact name, or a `^` regular expression source (`'^_ga_'` covers `_ga_ABC123`), like `CookieDeclaration.name`. */
  name: string;
  /**
   * Lifetime as an ISO 8601 duration of one unit (`P2Y`, `P13M`, `P90D`, `PT30M`), or `session` when it
   * ends with the browser session. The declaration formats it in the page's language (Intl.NumberFormat).
   */
  lifetime: string;
  /** What it is for, in our own words. */
  purpose: CatalogueText;
  /** `first`: set on the site's own domain (deleted on withdrawal); `third`: on the provider's domain. */
  party: 'first' | 'third';
  /** The provider's domain for a third-party cookie. */
  domain?: string;
}

/** One localStorage or sessionStorage key (or `^pattern`). */
export interface CatalogueStorageKey {
  name: string;
  kind: 'local' | 'session';
  purpose: CatalogueText;
}

/** What the catalogue offers for a service: everything `ServiceConfig` describes, and more. */
export interface CatalogueEntry {
  /** Catalogue id: lowercase, digits and `-`, e.g. `google-analytics`. */
  id: string;
  /** Product name shown to visitors. */
  name: string;
  /** Legal name of the company that receives the data (GDPR Art. 13(1)(a), (e)). */
  provider: string;
  /** ISO 3166-1 alpha-2 country of the provider's seat. */
  providerCountry: string;
  /** ISO 3166-1 alpha-2 codes of the countries the data is sent to (GDPR Art. 13(1)(f)). */
  countries: readonly string[];
  /** Provider's privacy policy. */
  privacyPolicy: string;
  /** Where a visitor can opt out with the provider, if it offers that. */
  optOut?: string;
  /** The category we suggest; a config may override it. */
  category: CategoryId;
  /** What it does with the data, in our own words. */
  purpose: CatalogueText;
  cookies: readonly CatalogueCookie[];
  storage: readonly CatalogueStorageKey[];
  /** Host patterns it loads from (`example.com` covers subdomains); used for automatic blocking. */
  hosts: readonly string[];
  /** Google Consent Mode types it reads, for Google tags and tags that honour Consent Mode. */
  consentMode?: readonly ConsentModeType[];
  /** Kind of service, for `keks catalog` and the README list. */
  kind:
    | 'analytics'
    | 'tag-manager'
    | 'advertising'
    | 'video'
    | 'maps'
    | 'chat'
    | 'ab-testing'
    | 'session-replay'
    | 'social'
    | 'fonts-cdn'
    | 'security'
    | 'marketing-automation';
}

/**
 * What the loader keeps of an entry (generated into `hosts/<id>.ts`): its category and hosts for gating,
 * the names of its cookies and storage keys (first-party ones are deleted on withdrawal, GDPR Art. 7(3)),
 * and the countries receiving the data, which `revision: "auto"` hashes. No text: that loads with the UI.
 */
export interface CatalogueHosts {
  id: string;
  category: CategoryId;
  hosts: readonly string[];
  /** First-party cookie names and `^patterns` (third-party ones cannot be deleted by the page). */
  cookies: readonly string[];
  /** localStorage / sessionStorage names and `^patterns`. */
  storage: readonly string[];
  /** ISO codes of the countries receiving the data. */
  countries: readonly string[];
  consentMode?: readonly ConsentModeType[];
}

/**
 * The strings table every locale fills in. Text is rendered as text; only the
 * fields marked "links allowed" may hold `<a href="…">…</a>` (see `ui/safe-text.ts`).
 * Placeholders in braces (`{service}`) are replaced by the UI.
 */
export interface CategoryStrings {
  title: string;
  description: string;
}

export interface Strings {
  /** BCP 47 tag of this table, e.g. `cs`. */
  lang: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  banner: {
    /** Accessible name of the banner region and its heading. */
    title: string;
    /** What cookies are for, that consent can be withdrawn at any time and where (GDPR Art. 13). Links allowed. */
    description: string;
    acceptAll: string;
    rejectAll: string;
    /** Opens the preferences. */
    preferences: string;
    /** Accessible label of the optional ×: "Continue without accepting" (records a refusal; GDPR Recital 32). */
    close: string;
    privacyPolicy: string;
    cookiePolicy: string;
    /** Shown to a returning visitor asked again after the consent-relevant config changed (`revision: "auto"`). */
    changed: string;
  };
  preferences: {
    title: string;
    /** Links allowed. */
    description: string;
    acceptAll: string;
    rejectAll: string;
    save: string;
    /** Accessible label of the close button (closing records nothing). */
    close: string;
    /** Shown next to the disabled switch of a necessary category. */
    alwaysOn: string;
    /** Toggle label to show a category's services, e.g. "Show details". */
    showDetails: string;
    hideDetails: string;
    /** Table and list headings. */
    services: string;
    provider: string;
    purpose: string;
    country: string;
    privacyPolicy: string;
    optOut: string;
    cookies: string;
    cookieName: string;
    cookieLifetime: string;
    cookiePurpose: string;
    /** "Consent ID" */
    consentId: string;
    /** "Decision date" */
    decisionDate: string;
    /** Announced in a live region after saving (WCAG 4.1.3). */
    saved: string;
    /** Shown when a Global Privacy Control signal was honoured. */
    gpcHonoured: string;
  };
  /** Titles and descriptions of the built-in categories. */
  categories: Record<'necessary' | 'preferences' | 'analytics' | 'marketing', CategoryStrings>;
  /** Accessible label of the floating settings button. */
  floatingButton: string;
  placeholder: {
    /** "{service} is blocked" */
    title: string;
    /** "{service} by {provider} may set cookies and send data to {country}." */
    description: string;
    loadOnce: string;
    /** "Always allow {service}" */
    alwaysAllow: string;
  };
  declaration: {
    title: string;
    /** "There are no cookies in this category." */
    empty: string;
    /** Domain column of the cookie table. */
    domain: string;
    /** Heading of the visitor's current status. */
    status: string;
    /** A category's or service's state. */
    allowed: string;
    denied: string;
    /** Shown instead of the consent id and date before any decision. */
    undecided: string;
    /** The button that denies everything non-necessary (GDPR Art. 7(3)). */
    withdraw: string;
    /** Announced after withdrawing. */
    withdrawn: string;
    /** Lifetime of a cookie that ends with the browser session. */
    session: string;
    /** Type column values: "First-party cookie", "Third-party cookie ({domain})", storage kinds. */
    firstParty: string;
    thirdParty: string;
    localStorage: string;
    sessionStorage: string;
    /** Type column heading. */
    type: string;
    /** Caption of a service's cookie table: "Cookies and storage of {service}". */
    cookiesOf: string;
    /** A category without services. */
    noServices: string;
  };
}

/** A partial override of a strings table, as a site owner writes it in config. */
export type StringsOverride = {
  [K in keyof Strings]?: Strings[K] extends string
    ? string
    : { [P in keyof Strings[K]]?: Strings[K][P] extends string ? string : Partial<Strings[K][P]> };
};

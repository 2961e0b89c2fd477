/** One row of the derived Open Cookie Database (facts only; no descriptions). */
export interface OcdRow {
  /** Cookie or storage key name; with `wildcard`, a prefix (`_ga_` covers `_ga_ABC123`). */
  name: string;
  /** The name is a prefix, not an exact name. */
  wildcard: boolean;
  /** The product that sets it, as the database names it (`Google Analytics`, `Facebook`). */
  platform: string;
  /** `Functional`, `Analytics`, `Marketing`, `Security`, `Personalization` or `Necessary`. */
  category: string;
  /** The data controller (`Google`, `Meta`). */
  controller: string;
  /** Retention as the database writes it (`2 years`, `session`). */
  retention: string;
  /** The controller's privacy or data-rights page. */
  privacy: string;
}

/** How a row is stored: `[name, wildcard 1/0, platform, category, controller, retention, privacy]`. */
export type OcdTuple = readonly [string, 0 | 1, string, string, string, string, string];

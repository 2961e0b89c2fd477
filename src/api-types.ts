/**
 * The public contract shared by the loader, the npm entry and the lazy UI.
 * Types only: the UI chunk imports this file and nothing else from the core,
 * so it never carries a second copy of the consent state.
 */
import type { CategoryId, KeksConfig, ResolvedConfig } from './config.js';

/** Who made a decision; recorded in the consent cookie and sent with every event. */
export type ConsentSource = 'banner' | 'preferences' | 'api' | 'gpc' | 'placeholder';

/** The consent state of this page view. Plain data: safe to copy and compare. */
export interface ConsentState {
  /** True when a valid decision of the current revision is stored (or was made in this page view). */
  decided: boolean;
  /** Categories granted. `necessary` categories are always here. */
  granted: CategoryId[];
  /** Categories denied. Every configured category is in exactly one of `granted` and `denied`. */
  denied: CategoryId[];
  /** Services granted, by id. */
  grantedServices: string[];
  /** Services denied, by id. Every configured service is in exactly one of the two lists. */
  deniedServices: string[];
  /** Random id of this visitor's consent, to quote in a request; null before a decision. */
  id: string | null;
  /** Config revision the decision was made for. */
  revision: number;
  /** Time of the first decision (ms since epoch); null before a decision. */
  firstDecision: number | null;
  /** Time of the latest decision (ms since epoch); null before a decision. */
  lastDecision: number | null;
  /** Who made the latest decision; null before a decision. */
  source: ConsentSource | null;
  /** Categories denied because of a Global Privacy Control signal. */
  gpc: CategoryId[];
}

/** What a visitor chose in the preferences, or what `save()` is given. */
export interface ConsentSelection {
  /** Categories to grant; every other non-necessary category is denied. */
  categories: readonly CategoryId[];
  /**
   * Per-service exceptions: `true` grants a service whose category is denied,
   * `false` denies one whose category is granted. Services not named follow their category.
   */
  services?: Readonly<Record<string, boolean>>;
}

/** Detail of every `keks:*` consent event. */
export interface ConsentEventDetail {
  state: ConsentState;
  granted: CategoryId[];
  denied: CategoryId[];
  /** Categories and services whose state differs from before this event. */
  changed: string[];
  source: ConsentSource | null;
}

/**
 * Events, dispatched on `window` as `keks:<name>` CustomEvents and passed to `on()` listeners.
 * - `restore`: on page load, a valid decision was read from the cookie. Fires once per page view.
 * - `consent`: the visitor made a first decision (none was stored). Fires once per decision.
 * - `change`: a stored decision was changed (preferences, withdrawal, another tab).
 * - `update`: after every one of the above; the state to apply now.
 * `restore` and `consent` are replayed to listeners added after they fired in this page view.
 */
export interface KeksEventMap {
  restore: ConsentEventDetail;
  consent: ConsentEventDetail;
  change: ConsentEventDetail;
  update: ConsentEventDetail;
}

export type KeksEventName = keyof KeksEventMap;

/** The public API: `import { … } from 'keks'` and `window.Keks` are the same object. */
export interface KeksApi {
  /** Library version. */
  readonly version: string;
  /**
   * Start Keks with a config. Idempotent: a second call returns at once.
   * Safe in `<head>` before `<body>` exists. Throws one error listing every config problem.
   */
  init(config?: KeksConfig): KeksApi;
  /**
   * The current consent state: a frozen object, the same one until consent changes, so it can be compared
   * with `===` and used as a snapshot (React's `useSyncExternalStore(subscribe, getConsent)`).
   */
  getConsent(): ConsentState;
  /**
   * Calls `fn` with the current state now and after every change of it (a decision, a withdrawal, another
   * tab, a back/forward-cache restore). Returns a function that unsubscribes.
   */
  subscribe(fn: (state: ConsentState) => void): () => void;
  /** Whether a category or a service (by id) is granted now. */
  accepted(categoryOrService: string): boolean;
  /** Grant every category and service. */
  acceptAll(source?: ConsentSource): void;
  /** Deny every non-necessary category and service. */
  rejectAll(source?: ConsentSource): void;
  /** Store exactly this selection. */
  save(selection: ConsentSelection, source?: ConsentSource): void;
  /** Forget the stored decision and show the banner again. */
  reset(): void;
  /** Load the UI if needed and show the banner. */
  showBanner(): Promise<void>;
  /** Load the UI if needed and open the preferences; focus returns to `opener` (or the active element) on close. */
  showPreferences(opener?: HTMLElement | null): Promise<void>;
  /** Switch the UI language at run time. */
  setLanguage(lang: string): Promise<void>;
  /** Listen to a consent event; returns a function that removes the listener. */
  on<K extends KeksEventName>(name: K, listener: (detail: KeksEventMap[K]) => void): () => void;
  /** The resolved config, or null before `init`. */
  getConfig(): ResolvedConfig | null;
}

/** What the lazy UI chunk exports: `mount` is called once with the page's one API object. */
export interface UiModule {
  mount(api: KeksApi): UiController;
}

/** How the loader drives the UI once it is loaded. */
export interface UiController {
  showBanner(): void;
  showPreferences(opener?: HTMLElement | null): void;
  setLanguage(lang: string): Promise<void>;
}

declare global {
  interface Window {
    /** The page's one Keks API: set by the script tag, or by `init` from the npm package. */
    Keks?: KeksApi;
  }
  /** `addEventListener('keks:update', (e) => e.detail.granted)` type-checks. */
  interface WindowEventMap {
    'keks:restore': CustomEvent<ConsentEventDetail>;
    'keks:consent': CustomEvent<ConsentEventDetail>;
    'keks:change': CustomEvent<ConsentEventDetail>;
    'keks:update': CustomEvent<ConsentEventDetail>;
  }
}

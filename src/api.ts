/**
 * The public API object: one per page, the same from `import … from 'keks'` and from
 * `window.Keks`. `init` wires the store to Consent Mode, GPC, the gate and
 * the lazy UI; everything else delegates to the store or the UI.
 */
import type { ConsentState, KeksApi } from './api-types.js';
import { checkConfig } from './config-check.js';
import { heldConfig, resolveConfig, type KeksConfig, type ResolvedConfig } from './config.js';
import { DEV } from './dev.js';
import { createEmitter } from './events.js';
import { startGate, type Gate } from './gate/index.js';
import { isBot } from './signals/bots.js';
import { pushConsentDefault, pushConsentUpdate } from './signals/consent-mode.js';
import { gpcEnabled } from './signals/gpc.js';
import { openMarked } from './open-marked.js';
import { watchRecords } from './records-loader.js';
import { loadChunk } from './lazy/load.js';
import { createStore, type Store } from './store.js';
import { whenDeclared } from './declaration-trigger.js';
import { loadAudit } from './audit-loader.js';
import { decidedForOtherRevision } from './revision-changed.js';
import { createSubscriptions } from './subscriptions.js';
import { frozenState } from './consent-state.js';
import { loadUi, uiMounted, uiRequested } from './ui-loader.js';
import { VERSION } from './version.js';

/** Defaults the script-tag entry fills in from its own `<script>` element (embed.ts). */
export const loaderDefaults: { uiUrl?: string; nonce?: string } = {};

let config: ResolvedConfig | null = null;
let store: Store | undefined;
let firstInput = '';
/** The config was refused: the gate holds everything for this page view, and nothing else runs. */
let stopped = false;

/**
 * Every problem of the config, worded with the field and the fix, from the full validator (a lazy
 * chunk). Errors there that the loader's own check let through affect only display, so Keks runs.
 */
const diagnose = (input: unknown, at?: number): Promise<void> =>
  // An opaque origin (a sandboxed document) cannot import a module without CORS: skip the diagnostics.
  (self.origin == 'null' ? Promise.reject() : loadChunk('validate')).then(
    (m) => {
      const problems = m.validate(input);
      const errors = problems.filter((p) => p.level == 'error');
      if (errors.length) console.error(m.formatProblems(errors));
      if (errors.length < problems.length) console.warn(m.formatProblems(problems.filter((p) => p.level != 'error')));
      // The loader placed after trackers cannot hold what already loaded: say which ones, once.
      const early = config && m.earlyTrackers(config, at!);
      if (early) console.warn(early);
    },
    () => {},
  );

/** The state before `init` (and on a server): one frozen object, so snapshots stay stable. */
const undecided: ConsentState = frozenState({
  decided: false,
  granted: [],
  denied: [],
  grantedServices: [],
  deniedServices: [],
  id: null,
  revision: 0,
  firstDecision: null,
  lastDecision: null,
  source: null,
  gpc: [],
});

const emitter = createEmitter(() => (store ? store.get() : undecided));
const subscriptions = createSubscriptions(() => (store ? store.get() : undecided));

/** Resolves once `<body>` exists (the loader runs in `<head>`). */
const ready = (): Promise<void> =>
  new Promise((r) =>
    document.readyState == 'loading' ? addEventListener('DOMContentLoaded', () => r(), { once: true }) : r(),
  );

/** Fetch a chunk for later; a failure is reported by loadChunk and retried on real need. */
const prefetch = (name: 'write' | 'validate'): void => void (self.origin != 'null' && loadChunk(name).catch(() => {}));

// Loaded at once, even from <head> while the page is parsed: the UI fetches its language meanwhile and itself
// waits until the page is parsed before it shows anything, so the downloads do not wait for the whole page.
const ui = () =>
  config
    ? loadUi(api).then((u) => {
        // Whoever sees the UI may decide: have the write chunk here before the click.
        prefetch('write');
        return u;
      })
    : Promise.reject(new Error('keks: call init(config) before showing the UI.'));

/** The store, or a DEV warning that `init` has not run (the call is then ignored). */
const need = (): Store | undefined => {
  if (DEV && !store) console.warn('keks: call init(config) before recording consent; this call was ignored.');
  return store;
};

const withdrew = (t: { revokedCategories: string[]; revokedServices: string[] }): boolean =>
  !!(t.revokedCategories.length || t.revokedServices.length);

/**
 * Refuse a config that makes consent unsafe (or that could not be read at all): the gate holds every
 * tracker it can find from what is readable, with every category denied, and nothing else runs.
 */
export function refuse(input: unknown, problems: string[]): KeksApi {
  if (config || stopped) return api;
  stopped = true;
  try {
    startGate({ config: heldConfig(input), accepted: () => false, loadUi() {} });
  } finally {
    console.error(
      `Keks stopped, every tracker stays held: the config is not safe to ask for consent with (${problems.join(', ')}).`,
    );
    if (input !== undefined) void diagnose(input);
  }
  return api;
}

export const api: KeksApi = {
  version: VERSION,

  init(input: KeksConfig = {}) {
    // Server-side rendering: there is no visitor to ask; the browser's own init does the work.
    if (typeof document == 'undefined') return api;
    if (config || stopped) {
      // Idempotent: a second init must not re-apply consent or re-release scripts.
      if (stopped) console.error('Keks: init() was refused before (see the errors above); fix the config and reload.');
      else if (DEV && JSON.stringify(input) != firstInput)
        console.warn('keks: init() was already called; the new config is ignored.');
      return api;
    }
    // Everything that can refuse the config runs before any side effect, so init is all or nothing.
    const unsafe = checkConfig(input);
    if (unsafe.length) return refuse(input, unsafe);

    // For the diagnostics: which tracker requests began before this (the loader placed too late).
    const at = performance.now();
    const cfg = resolveConfig(input);
    // A relative uiUrl means relative to the page; import() in a classic script would resolve it against keks.js.
    cfg.uiUrl = loaderDefaults.uiUrl;
    try {
      if (input.uiUrl) cfg.uiUrl = new URL(input.uiUrl, document.baseURI).href;
    } catch {
      // Reported by the full validator; the UI is display only, so Keks runs with the default.
    }
    cfg.nonce ||= loaderDefaults.nonce;
    config = cfg;
    if (DEV) firstInput = JSON.stringify(input);

    const cm = cfg.googleConsentMode;
    // The default is the first dataLayer entry, pushed now, synchronously.
    if (cm) pushConsentDefault(cm);

    const s = (store = createStore({
      config: cfg,
      emitter,
      gpc: cfg.gpc.length > 0 && gpcEnabled(),
      apply(t) {
        // Consent Mode hears the update before the gate releases any tag.
        if (cm) pushConsentUpdate(cm, t.state.granted);
        // Withdrawn (or, on a first decision, denied) categories are cleaned up.
        if (withdrew(t)) gate.revoke(t.revokedCategories, t.revokedServices);
        gate.apply();
      },
      settled(t) {
        // Running scripts cannot be unloaded; only a real withdrawal reloads, never a first reject. After the
        // withdrawal is in the cookie and its cleanup has run (both may wait for a chunk), or the reloaded page
        // would not know it or still see the tracker's cookies.
        if (cfg.reloadOnRevoke && t.kind == 'change' && withdrew(t))
          void Promise.all([s.saved(), loadChunk('cleanup')]).finally(() => location.reload());
      },
    }));
    const gate: Gate = startGate({
      config: cfg,
      accepted: api.accepted,
      nonce: cfg.nonce,
      loadUi: () => void ui().catch(console.error),
    });
    watchRecords(api);
    s.listen(subscriptions.notify);
    s.start();
    const firstVisit = !s.get().decided;
    cfg.ui.revisionChanged = firstVisit && decidedForOtherRevision(cfg);
    // The full validator: always in the development build; on a first visit once the banner is up (the
    // site owner sees every problem on their own first visit, without delaying the banner); never for a
    // returning visitor.
    if (DEV) void diagnose(input, at);
    if (firstVisit) {
      gate.apply();
      // Hiding the banner from bots is opt-in, and then nothing is granted or shown.
      const shown = cfg.autoShow && !(cfg.ui.hideFromBots && isBot()) ? api.showBanner() : Promise.resolve();
      shown.catch(console.error).finally(() => {
        // Once the banner is up (or not shown): a decision comes next, and the owner's diagnostics.
        prefetch('write');
        if (!DEV) void diagnose(input, at);
      });
    } else if (cfg.ui.floatingButton) {
      // A returning visitor gets a stand-in (a tiny chunk, no Lit, no locale) until they use it; should it
      // not load, the UI's own button (an opaque origin cannot import the chunk without CORS either way).
      const fallback = () => void ui().catch(console.error);
      if (self.origin == 'null') fallback();
      else
        void ready()
          .then(() => loadChunk('fab'))
          .then((m) => m.standIn(api, (el) => void api.showPreferences(el).catch(() => {}), uiRequested))
          .catch(fallback);
    }
    openMarked(
      (el) =>
        void api.showPreferences(el).catch(() => {
          // The UI could not load (reported with its URL): a marked link still leads somewhere.
          const href = (el as HTMLAnchorElement).href;
          if (href) location.assign(href);
        }),
      uiMounted,
    );
    whenDeclared(() => void ui().catch(console.error));
    if (DEV || cfg.debug) loadAudit(api);
    const w = window as { Keks?: KeksApi };
    if (DEV && w.Keks && w.Keks != api)
      console.warn('keks: two copies of Keks run on this page (script tag and npm?); use one.');
    w.Keks ||= api;
    return api;
  },

  getConsent: () => (store ? store.get() : undecided),
  subscribe: (fn) => subscriptions.subscribe(fn),
  accepted: (id) => !!store && store.accepted(id),
  acceptAll: (source) => need()?.acceptAll(source),
  rejectAll: (source) => need()?.rejectAll(source),
  save: (selection, source) => need()?.save(selection, source),
  reset() {
    if (need()) {
      store!.reset();
      api.showBanner().catch(console.error);
    }
  },
  // On a server there is nothing to show: resolve, so shared code can call these while rendering.
  showBanner: () => (typeof document == 'undefined' ? Promise.resolve() : ui().then((u) => u.showBanner())),
  showPreferences(opener) {
    if (typeof document == 'undefined') return Promise.resolve();
    // Remember the opener now: focus may move while the UI downloads (WCAG 2.4.3).
    const o = opener === undefined ? (document.activeElement as HTMLElement | null) : opener;
    return ui().then((u) => u.showPreferences(o));
  },
  setLanguage(lang) {
    // Before the UI is needed, only remember the choice: a returning visitor still downloads no UI.
    if (config) config.language.force = lang;
    return uiRequested() ? ui().then((u) => u.setLanguage(lang)) : Promise.resolve();
  },
  on: (name, fn) => emitter.on(name, fn),
  getConfig: () => config,
};

/**
 * The public API object: one per page, the same from `import … from 'keks'` and from
 * `window.Keks`. `init` wires the store to Consent Mode, GPC, the gate and
 * the lazy UI; everything else delegates to the store or the UI.
 */
import type { ConsentState, KeksApi } from './api-types.js';
import { resolveConfig, type KeksConfig, type ResolvedConfig } from './config.js';
import { DEV } from './dev.js';
import { createEmitter } from './events.js';
import { startGate, type Gate } from './gate/index.js';
import { isBot } from './signals/bots.js';
import { pushConsentDefault, pushConsentUpdate } from './signals/consent-mode.js';
import { gpcEnabled } from './signals/gpc.js';
import { openMarked } from './open-marked.js';
import { createStore, type Store } from './store.js';
import { createSubscriptions } from './subscriptions.js';
import { frozenState } from './consent-state.js';
import { loadUi, uiMounted, uiRequested } from './ui-loader.js';
import { formatProblems, validate } from './validate.js';
import { VERSION } from './version.js';

/** Defaults the script-tag entry fills in from its own `<script>` element (embed.ts). */
export const loaderDefaults: { uiUrl?: string; nonce?: string } = {};

let config: ResolvedConfig | null = null;
let store: Store | undefined;
let firstInput = '';

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

const ui = () =>
  config
    ? ready().then(() => loadUi(api))
    : Promise.reject(new Error('keks: call init(config) before showing the UI.'));

/** The store, or a DEV warning that `init` has not run (the call is then ignored). */
const need = (): Store | undefined => {
  if (DEV && !store) console.warn('keks: call init(config) before recording consent; this call was ignored.');
  return store;
};

const withdrew = (t: { revokedCategories: string[]; revokedServices: string[] }): boolean =>
  !!(t.revokedCategories.length || t.revokedServices.length);

export const api: KeksApi = {
  version: VERSION,

  init(input: KeksConfig = {}) {
    // Server-side rendering: there is no visitor to ask; the browser's own init does the work.
    if (typeof document == 'undefined') return api;
    if (config) {
      // Idempotent: a second init must not re-apply consent or re-release scripts.
      if (DEV && JSON.stringify(input) != firstInput)
        console.warn('keks: init() was already called; the new config is ignored.');
      return api;
    }
    const problems = validate(input);
    const errors = problems.filter((p) => p.level == 'error');
    if (errors.length < problems.length) console.warn(formatProblems(problems.filter((p) => p.level != 'error')));
    if (errors.length) throw new Error(formatProblems(errors));

    const cfg = resolveConfig(input);
    // A relative uiUrl means relative to the page; import() in a classic script would resolve it against keks.js.
    cfg.uiUrl = cfg.uiUrl ? new URL(cfg.uiUrl, document.baseURI).href : loaderDefaults.uiUrl;
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
        // Running scripts cannot be unloaded; only a real withdrawal reloads, never a first reject.
        if (cfg.reloadOnRevoke && t.kind == 'change' && withdrew(t)) location.reload();
      },
    }));
    const gate: Gate = startGate({
      config: cfg,
      accepted: api.accepted,
      nonce: cfg.nonce,
      loadUi: () => void ui().catch(console.error),
    });
    s.listen(subscriptions.notify);
    s.start();
    if (!s.get().decided) {
      gate.apply();
      // Hiding the banner from bots is opt-in, and then nothing is granted or shown.
      if (cfg.autoShow && !(cfg.ui.hideFromBots && isBot())) api.showBanner().catch(console.error);
    } else if (cfg.ui.floatingButton) {
      // The floating button is part of the UI, so a site that enables it loads the UI on every page.
      ui().catch(console.error);
    }
    openMarked((el) => void api.showPreferences(el).catch(console.error), uiMounted);
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

/**
 * Connects the elements' events to the public API. The UI keeps no consent state of
 * its own: it reads `api.getConsent()` when it shows something and sends
 * every decision back through `api`.
 */
import type { ConsentSource, KeksApi, UiController } from '../api-types.js';
import { availableLanguages, loadStrings } from '../i18n/load-strings.js';
import { resolveLanguage } from '../i18n/resolve-language.js';
import type { Strings } from '../i18n/strings.js';
import type { KeksBanner } from './banner.js';
import {
  defineBanner,
  defineDeclarationWhenUsed,
  defineFloatingButton,
  definePlaceholderWhenUsed,
  definePreferences,
} from './define.js';
import type { KeksDecisionEvent, KeksOpenPreferencesEvent } from './events.js';
import type { KeksFloatingButton } from './floating-button.js';
import { deepActiveElement, focusBack } from './focus-return.js';
import { delegateOpen } from './open-delegation.js';
import type { KeksPreferences } from './preferences.js';
import { bannerLayout } from './policy-page.js';

type Themed = HTMLElement & { strings?: Strings };

/** The controller the loader drives; see `UiController`. `destroy()` removes the UI and its listeners. */
export function createController(api: KeksApi): UiController & { destroy(): void } {
  const config = api.getConfig();
  if (!config) throw new Error('keks: the UI needs an initialised API: call Keks.init(config) before mount(api).');
  const { ui, language } = config;
  const overrides = (language.strings ?? {}) as Record<string, unknown>;
  let strings: Strings;
  let banner: KeksBanner | undefined;
  let prefs: KeksPreferences | undefined;
  let fab: KeksFloatingButton | undefined;
  /** The banner was open when the preferences opened: it hides behind them and comes back if they close undecided. */
  let bannerBehindPrefs = false;

  defineBanner();
  // Placeholders (and their wiring) load only on pages that have one; they are wired before they are
  // defined, so each one is answered as it upgrades.
  let placeholders: { refresh(): void; stop(): void } | undefined;
  const stopWatching = definePlaceholderWhenUsed(async () => {
    placeholders = (await import('./placeholder-wiring.js')).wirePlaceholders(api, () => strings);
  });

  // <keks-declaration> on a cookie-policy page: wired before it is defined, like the placeholders.
  let declarations: { refresh(): void; stop(): void } | undefined;
  const stopDeclarations = defineDeclarationWhenUsed(async () => {
    declarations = (await import('./declaration-wiring.js')).wireDeclarations(api, () => strings);
  });
  // Services from the catalogue get their texts (in this language) before the preferences show them.
  const fromCatalogue = Object.values(config.services).some((s) => s.from);

  const dress = (el: Themed | undefined) => {
    if (!el) return;
    el.strings = strings;
    el.lang = strings.lang;
    el.dir = strings.dir;
    el.setAttribute('theme', ui.theme);
  };

  const create = <K extends 'keks-banner' | 'keks-preferences' | 'keks-floating-button'>(tag: K) => {
    const el = document.createElement(tag);
    dress(el);
    return el;
  };

  const switchLanguage = async (lang: string) => {
    strings = await loadStrings(lang, overrides);
    if (fromCatalogue) await (await import('./service-details.js')).hydrateServices(config, strings);
    [banner, prefs, fab].forEach(dress);
    placeholders?.refresh();
    declarations?.refresh();
  };

  const hideBanner = async () => {
    if (!banner?.open) return;
    const hadFocus = document.activeElement == banner;
    banner.open = false;
    if (fab) fab.hidden = false;
    await banner.updateComplete;
    // The focused button just disappeared; never leave focus on <body>.
    if (hadFocus) focusBack(fab);
  };

  const decide = (source: ConsentSource) => (e: KeksDecisionEvent) => {
    if (e.decision == 'accept') api.acceptAll(source);
    else if (e.decision == 'reject') api.rejectAll(source);
    else api.save(e.selection!, source);
    void hideBanner();
  };

  const openFrom = (e: KeksOpenPreferencesEvent) => void controller.showPreferences(e.opener);

  // The whole page, not only <body>: where the banner goes and how it looks depend on what the page holds
  // (a <keks-declaration> further down makes it a bar), and the UI may load while the parser is still busy.
  const parsed =
    document.readyState != 'loading'
      ? Promise.resolve()
      : new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));

  // <html lang> (or language.force), exact tag, base language, then the default. Fetched now, while the
  // page may still be parsed (<html lang> is there from the start); used once the page is parsed too.
  const firstLanguage = switchLanguage(
    resolveLanguage({
      htmlLang: document.documentElement.lang,
      force: language.force,
      default: language.default,
      available: [...availableLanguages, ...Object.keys(overrides)],
    }),
  );
  let ready: Promise<unknown> = Promise.all([firstLanguage, parsed]).then(async () => {
    if (!ui.floatingButton) return;
    await defineFloatingButton();
    fab = create('keks-floating-button');
    const position = typeof ui.floatingButton == 'object' ? ui.floatingButton.position : undefined;
    fab.position = position ?? 'bottom-left';
    fab.config = config;
    fab.consent = api.getConsent();
    fab.hidden = !!banner?.open;
    fab.addEventListener('keks-open-preferences', openFrom);
    // The loader's stand-in (fab/stand-in.ts) gives way in the same frame and spot: no second button, no shift.
    const standIn = document.querySelector('keks-fab');
    if (standIn) {
      const hadFocus = document.activeElement == standIn;
      standIn.replaceWith(fab);
      if (hadFocus) void fab.updateComplete.then(() => fab!.focus());
    } else document.body.append(fab);
  });

  /** Runs `step` after everything before it; a failed step (a chunk that did not load) does not block later ones. */
  const queue = <T>(step: () => T | Promise<T>): Promise<T> => {
    const done = ready.then(step);
    ready = done.catch(() => {});
    return done;
  };

  const unsubscribe = api.on('update', ({ state }) => {
    if (fab) fab.consent = state;
    if (prefs) prefs.consent = state;
    if (state.decided) void hideBanner();
  });

  const controller = {
    showBanner: () =>
      queue(() => {
        // On the cookie- and privacy-policy pages the banner is a bar or absent (policy-page.ts).
        const here = bannerLayout(ui);
        if (!here) return;
        if (!banner) {
          banner = create('keks-banner');
          const pos = here.position ?? '';
          Object.assign(banner, {
            layout: here.layout,
            // A bar sits on an edge, a box in a corner, a modal in the centre.
            position:
              here.layout == 'bar'
                ? pos.startsWith('top')
                  ? 'top'
                  : 'bottom'
                : here.layout == 'box'
                  ? pos.includes('-')
                    ? pos
                    : `${pos || 'bottom'}-right`
                  : 'center',
            blockPage: here.blockPage,
            notice: ui.revisionChanged ? strings.banner.changed : undefined,
            closeButton: ui.closeButton,
            privacyUrl: ui.privacyPolicyUrl,
            cookiePolicyUrl: ui.cookiePolicyUrl,
          });
          banner.addEventListener('keks-decision', decide('banner'));
          banner.addEventListener('keks-open-preferences', openFrom);
          // First in <body>: early in the reading and tab order (WCAG 2.4.3); fixed, so no layout shift.
          document.body.prepend(banner);
        }
        banner.open = true;
        if (fab) fab.hidden = true;
      }),

    showPreferences: (opener?: HTMLElement | null) => {
      const from = opener ?? deepActiveElement();
      return queue(async () => {
        await definePreferences();
        if (!prefs) {
          prefs = create('keks-preferences');
          prefs.config = config;
          prefs.addEventListener('keks-decision', decide('preferences'));
          prefs.addEventListener('keks-close', () => {
            if (!bannerBehindPrefs) return;
            bannerBehindPrefs = false;
            if (!api.getConsent().decided) banner!.open = true;
            else if (fab) fab.hidden = false;
          });
          document.body.append(prefs);
        }
        prefs.consent = api.getConsent();
        prefs.fallbackFocus = fab;
        if (prefs.isOpen) return;
        // Two layers at once hide each other's text and double the controls: the banner steps aside.
        if (banner?.open) {
          banner.open = false;
          bannerBehindPrefs = true;
        }
        await prefs.show(from);
      });
    },

    setLanguage: (lang: string) => queue(() => switchLanguage(lang)),

    destroy() {
      stopDelegating();
      stopWatching();
      placeholders?.stop();
      stopDeclarations();
      declarations?.stop();
      unsubscribe();
      [banner, prefs, fab].forEach((el) => el?.remove());
    },
  };

  const stopDelegating = delegateOpen((el) => void controller.showPreferences(el));
  return controller;
}

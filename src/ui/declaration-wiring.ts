/**
 * Connects `<keks-declaration>` elements to the public API: each gets the config, the strings, the
 * catalogue details and the consent state, and gets them again whenever consent changes (banner,
 * preferences, another tab: every change ends in an `update` event) or the language changes. Its
 * decisions go back through the API, so the banner and the preferences agree with it.
 */
import type { KeksApi } from '../api-types.js';
import type { Strings } from '../i18n/strings.js';
import type { CatalogueEntry } from '../services/types.js';
import type { KeksDeclaration } from './declaration.js';
import type { KeksDecisionEvent } from './events.js';
import { hydrateServices } from './service-details.js';

export function wireDeclarations(api: KeksApi, strings: () => Strings | undefined): { refresh(): void; stop(): void } {
  const config = api.getConfig()!;
  let details: Record<string, CatalogueEntry> | undefined;
  const wired = new WeakSet<KeksDeclaration>();
  const dress = (el: KeksDeclaration): void => {
    const s = strings();
    if (!wired.has(el)) {
      wired.add(el);
      el.addEventListener('keks-decision', onDecision);
    }
    el.config = config;
    el.consent = api.getConsent();
    el.details = details;
    el.setAttribute('theme', config.ui.theme);
    if (!s) return;
    el.strings = s;
    el.lang = s.lang;
    el.dir = s.dir;
  };
  const all = () => [...document.querySelectorAll('keks-declaration')];
  const refresh = (): void => {
    const s = strings();
    // Catalogue texts (lifetimes in this language) first, then every declaration at once.
    void (s ? hydrateServices(config, s) : Promise.resolve(undefined)).then((d) => {
      if (d) details = d;
      all().forEach(dress);
    });
  };
  const onDecision = (e: KeksDecisionEvent): void => {
    if (
      !(e.composedPath()[0] as Element)?.closest?.('keks-declaration') &&
      !(e.target as Element).matches?.('keks-declaration')
    )
      return;
    if (e.decision == 'reject') api.rejectAll('preferences');
    else if (e.decision == 'accept') api.acceptAll('preferences');
    else api.save(e.selection!, 'preferences');
  };
  const observer = new MutationObserver(() => all().forEach((el) => el.config || dress(el)));
  observer.observe(document, { childList: true, subtree: true });
  const off = api.on('update', ({ state }) => all().forEach((el) => (el.consent = state)));
  refresh();
  return {
    refresh,
    stop() {
      observer.disconnect();
      off();
      for (const el of all()) el.removeEventListener('keks-decision', onDecision);
    },
  };
}

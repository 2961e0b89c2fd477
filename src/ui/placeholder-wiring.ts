/**
 * Connects `<keks-placeholder>` elements to the public API. Each placeholder asks
 * for its data when it connects (`keks-placeholder-connect`); this answers with the
 * service from the config and the text in the current language. "Always allow"
 * becomes a grant of that one service, keeping every other choice.
 * "Load once" needs nothing here: the gate handles it and records no consent.
 */
import type { ConsentSelection, KeksApi } from '../api-types.js';
import type { Strings } from '../i18n/strings.js';
import type { KeksPlaceholder } from './placeholder.js';
import type { KeksAllowServiceEvent } from './placeholder-events.js';

/**
 * The selection that keeps the current choices and adds `service` as granted:
 * granted categories stay granted, and every service whose state differs from
 * its category's stays such an exception (`ConsentSelection.services`).
 */
export function allowServiceSelection(api: KeksApi, service: string): ConsentSelection {
  const state = api.getConsent();
  const services: Record<string, boolean> = {};
  for (const [id, s] of Object.entries(api.getConfig()?.services ?? {})) {
    const granted = state.grantedServices.includes(id);
    if (granted != state.granted.includes(s.category)) services[id] = granted;
  }
  services[service] = true;
  return { categories: state.granted, services };
}

/**
 * Start answering placeholders. Call before `keks-placeholder` is defined, so the
 * placeholders the gate inserted earlier are answered as they upgrade.
 * `refresh()` re-dresses them all, e.g. after the strings loaded or the language changed.
 */
export function wirePlaceholders(api: KeksApi, strings: () => Strings | undefined): { refresh(): void; stop(): void } {
  const config = api.getConfig();
  const known = new Set<KeksPlaceholder>();
  const dress = (el: KeksPlaceholder): void => {
    const s = strings();
    el.info = config?.services[el.service];
    if (config) el.theme = config.ui.theme;
    if (!s) return;
    el.strings = { ...s.placeholder, privacyPolicy: s.preferences.privacyPolicy };
    el.locale = el.lang = s.lang;
    el.dir = s.dir;
  };
  const onConnect = (e: Event): void => {
    const el = e.composedPath()[0] as KeksPlaceholder;
    known.add(el);
    dress(el);
  };
  const onAllow = (e: KeksAllowServiceEvent): void => {
    if (config?.services[e.detail.service]) api.save(allowServiceSelection(api, e.detail.service), 'placeholder');
  };
  document.addEventListener('keks-placeholder-connect', onConnect);
  document.addEventListener('keks-allow-service', onAllow);
  return {
    refresh() {
      for (const el of known) {
        if (el.isConnected) dress(el);
        else known.delete(el);
      }
    },
    stop() {
      document.removeEventListener('keks-placeholder-connect', onConnect);
      document.removeEventListener('keks-allow-service', onAllow);
      known.clear();
    },
  };
}

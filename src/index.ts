/**
 * npm entry: the public API, nothing else. `import { init } from 'keks'` starts the same
 * loader as the script tag; the UI is a dynamic import the app's bundler splits off.
 */
import type { KeksApi } from './api-types.js';
import { api } from './api.js';

export type {
  ConsentEventDetail,
  ConsentSelection,
  ConsentSource,
  ConsentState,
  KeksApi,
  KeksEventMap,
  KeksEventName,
} from './api-types.js';
export type {
  CategoryConfig,
  CategoryId,
  ConsentModeOptions,
  ConsentModeType,
  CookieDeclaration,
  CookieOptions,
  KeksConfig,
  LanguageOptions,
  LocalizedText,
  RecordsOptions,
  ResolvedConfig,
  ServiceConfig,
  UiOptions,
} from './config.js';
export type {
  CatalogueConsentModeType,
  CatalogueCookie,
  CatalogueEntry,
  CatalogueHosts,
  CatalogueStorageKey,
  CatalogueText,
} from './services/types.js';
export type { ServiceFrom } from './services/service-from.js';

/** The page's one API object; `window.Keks` after `init`. */
export const Keks: KeksApi = api;
export const version: string = api.version;
export const init: KeksApi['init'] = api.init;
export const getConsent: KeksApi['getConsent'] = api.getConsent;
export const subscribe: KeksApi['subscribe'] = api.subscribe;
export const accepted: KeksApi['accepted'] = api.accepted;
export const acceptAll: KeksApi['acceptAll'] = api.acceptAll;
export const rejectAll: KeksApi['rejectAll'] = api.rejectAll;
export const save: KeksApi['save'] = api.save;
export const reset: KeksApi['reset'] = api.reset;
export const showBanner: KeksApi['showBanner'] = api.showBanner;
export const showPreferences: KeksApi['showPreferences'] = api.showPreferences;
export const setLanguage: KeksApi['setLanguage'] = api.setLanguage;
export const on: KeksApi['on'] = api.on;
export const getConfig: KeksApi['getConfig'] = api.getConfig;

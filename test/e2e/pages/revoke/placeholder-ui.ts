// A stand-in UI module for the placeholder e2e (config.uiUrl points here): just the placeholder element and
// its wiring, built from src/ by the test with esbuild. It keeps the test independent of the banner and
// preferences; test/e2e/revoke/placeholder-real-ui.e2e.ts runs the same page with the real dist/cdn/keks-ui.js.
import type { KeksApi, UiController } from '../../../../src/api-types.js';
import en from '../../../../src/i18n/locales/en.js';
import { KeksPlaceholder } from '../../../../src/ui/placeholder.js';
import { wirePlaceholders } from '../../../../src/ui/placeholder-wiring.js';

export function mount(api: KeksApi): UiController {
  // Wire first, so placeholders the gate inserted earlier are answered as they upgrade.
  wirePlaceholders(api, () => en);
  if (!customElements.get('keks-placeholder')) customElements.define('keks-placeholder', KeksPlaceholder);
  return { showBanner() {}, showPreferences() {}, setLanguage: async () => {} };
}

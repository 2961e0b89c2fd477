/**
 * The one place Keks registers its custom elements. Registration is guarded, so a
 * second copy of the UI (or a page that defined the names first) never throws.
 * The preferences panel is its own chunk, fetched the first time it is opened, so a
 * first visit pays only for the banner.
 */
import { KeksBanner } from './banner.js';
import { KeksFloatingButton } from './floating-button.js';

function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/** Registers `<keks-banner>` and `<keks-floating-button>`. */
export function defineBanner(): void {
  define('keks-banner', KeksBanner);
  define('keks-floating-button', KeksFloatingButton);
}

/** Loads and registers `<keks-preferences>`. */
export async function definePreferences(): Promise<void> {
  define('keks-preferences', (await import('./preferences.js')).KeksPreferences);
}

declare global {
  interface HTMLElementTagNameMap {
    'keks-banner': KeksBanner;
    'keks-floating-button': KeksFloatingButton;
    'keks-preferences': import('./preferences.js').KeksPreferences;
  }
}

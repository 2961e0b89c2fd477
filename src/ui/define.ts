/**
 * The one place Keks registers its custom elements. Registration is guarded, so a
 * second copy of the UI (or a page that defined the names first) never throws.
 * The preferences panel and the floating button are their own chunks, fetched when
 * first needed, so a first visit pays only for the banner.
 */
import { KeksBanner } from './banner.js';

function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/** Registers `<keks-banner>`. */
export function defineBanner(): void {
  define('keks-banner', KeksBanner);
}

/** Loads and registers `<keks-floating-button>` (its own chunk: only sites that enable it pay for it). */
export async function defineFloatingButton(): Promise<void> {
  define('keks-floating-button', (await import('./floating-button.js')).KeksFloatingButton);
}

/**
 * Loads and registers `<keks-placeholder>` once one is in the page: the gate inserts them for held
 * embeds, possibly after the UI loaded, so until then a mutation observer watches for the first.
 * `before` runs first (it wires the placeholders' data, which must be listening when they upgrade).
 * Returns a function that stops watching.
 */
export function definePlaceholderWhenUsed(before: () => Promise<unknown>): () => void {
  const load = () => {
    observer.disconnect();
    void Promise.all([import('./placeholder.js'), before()]).then(([m]) =>
      define('keks-placeholder', m.KeksPlaceholder),
    );
  };
  const observer = new MutationObserver(() => document.querySelector('keks-placeholder') && load());
  if (document.querySelector('keks-placeholder')) load();
  else observer.observe(document, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Loads and registers `<keks-declaration>` once one is in the page (a cookie-policy page), like the
 * placeholders: `before` wires the declarations first. Returns a function that stops watching.
 */
export function defineDeclarationWhenUsed(before: () => Promise<unknown>): () => void {
  const load = () => {
    observer.disconnect();
    void Promise.all([import('./declaration.js'), before()]).then(([m]) =>
      define('keks-declaration', m.KeksDeclaration),
    );
  };
  const observer = new MutationObserver(() => document.querySelector('keks-declaration') && load());
  if (document.querySelector('keks-declaration')) load();
  else observer.observe(document, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** Loads and registers `<keks-preferences>`. */
export async function definePreferences(): Promise<void> {
  define('keks-preferences', (await import('./preferences.js')).KeksPreferences);
}

declare global {
  interface HTMLElementTagNameMap {
    'keks-banner': KeksBanner;
    'keks-floating-button': import('./floating-button.js').KeksFloatingButton;
    'keks-preferences': import('./preferences.js').KeksPreferences;
    'keks-declaration': import('./declaration.js').KeksDeclaration;
  }
}

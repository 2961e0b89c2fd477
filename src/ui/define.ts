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
 * Calls `load` once an element `tag` is in the document (now, or when one is added), then stops watching.
 * While the page is parsed (the UI may load from `<head>`) and none is there yet, it looks again once the
 * parser is done instead of watching it insert every node. Returns a function that stops watching.
 */
function whenUsed(tag: string, load: () => void): () => void {
  let stopped = false;
  const observer = new MutationObserver(() => document.querySelector(tag) && (observer.disconnect(), load()));
  const look = (): void => {
    if (stopped) return;
    if (document.querySelector(tag)) load();
    else observer.observe(document, { childList: true, subtree: true });
  };
  if (document.readyState == 'loading' && !document.querySelector(tag))
    document.addEventListener('DOMContentLoaded', look, { once: true });
  else look();
  return () => {
    stopped = true;
    observer.disconnect();
  };
}

/**
 * Loads and registers `<keks-placeholder>` once one is in the page: the gate inserts them for held
 * embeds, possibly after the UI loaded, so until then a mutation observer watches for the first.
 * `before` runs first (it wires the placeholders' data, which must be listening when they upgrade).
 * Returns a function that stops watching.
 */
export function definePlaceholderWhenUsed(before: () => Promise<unknown>): () => void {
  const load = () => {
    void Promise.all([import('./placeholder.js'), before()]).then(([m]) =>
      define('keks-placeholder', m.KeksPlaceholder),
    );
  };
  return whenUsed('keks-placeholder', load);
}

/**
 * Loads and registers `<keks-declaration>` once one is in the page (a cookie-policy page), like the
 * placeholders: `before` wires the declarations first. Returns a function that stops watching.
 */
export function defineDeclarationWhenUsed(before: () => Promise<unknown>): () => void {
  const load = () => {
    void Promise.all([import('./declaration.js'), before()]).then(([m]) =>
      define('keks-declaration', m.KeksDeclaration),
    );
  };
  return whenUsed('keks-declaration', load);
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

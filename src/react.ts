/**
 * `keks/react`: hooks over the page's one consent store. React (18 or later) is an optional peer
 * dependency: only apps that import this entry need it. Nothing here stores consent; the hooks read
 * `getConsent()` through `useSyncExternalStore`, so every component sees the same state in the same render.
 */
import { useSyncExternalStore } from 'react';
import type { ConsentState } from './api-types.js';
import { accepted, getConsent, subscribe } from './index.js';

/** React calls this with a callback that takes no arguments; `subscribe` also passes the state. */
const onChange = (callback: () => void): (() => void) => subscribe(() => callback());

/**
 * The current consent state; the component re-renders when it changes. The object is frozen and stays
 * the same until consent changes. During server rendering it is the undecided state.
 */
export function useConsent(): ConsentState {
  return useSyncExternalStore(onChange, getConsent, getConsent);
}

/**
 * Whether a category or a service (by id) is granted now, e.g. `useAccepted('analytics')`. False until a
 * decision grants it, and always false during server rendering (nothing is granted before the browser knows).
 */
export function useAccepted(categoryOrService: string): boolean {
  const read = (): boolean => accepted(categoryOrService);
  return useSyncExternalStore(onChange, read, () => false);
}

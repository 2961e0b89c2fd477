/**
 * `subscribe(fn)`: the store contract every framework's reactivity can build on (React's
 * `useSyncExternalStore`, Vue refs, Svelte stores, signals). `fn` gets the current state at once and
 * again after every change, including changes from another tab or a back/forward-cache restore.
 * Subscribers added before `init` are kept and hear the first state the store reads.
 */
import type { ConsentState } from './api-types.js';

export interface Subscriptions {
  subscribe(fn: (state: ConsentState) => void): () => void;
  /** Tell every subscriber the state now (the store changed). */
  notify(): void;
}

export function createSubscriptions(current: () => ConsentState): Subscriptions {
  // One wrapper per call: subscribing the same function twice gives two independent subscriptions.
  const calls = new Set<() => void>();
  return {
    subscribe(fn) {
      const call = (): void => {
        // A broken subscriber must not stop the others, nor the store.
        try {
          fn(current());
        } catch (e) {
          console.error(e);
        }
      };
      calls.add(call);
      call();
      return () => void calls.delete(call);
    },
    notify: () => calls.forEach((call) => call()),
  };
}

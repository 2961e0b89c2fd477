/**
 * `keks/vue`: composables over the page's one consent store. Vue 3 is an optional peer dependency: only
 * apps that import this entry need it. Each composable subscribes once and unsubscribes when the component
 * (or effect scope) that called it is disposed.
 */
import { computed, getCurrentScope, onScopeDispose, readonly, shallowRef, toValue } from 'vue';
import type { ComputedRef, MaybeRefOrGetter, Ref } from 'vue';
import type { ConsentState } from './api-types.js';
import { accepted, subscribe } from './index.js';

/** The current consent state as a read-only ref; it is replaced (never mutated) when consent changes. */
export function useConsent(): Readonly<Ref<ConsentState>> {
  const state = shallowRef<ConsentState>(undefined as unknown as ConsentState);
  // `subscribe` calls back at once, so the ref holds the current state before this returns.
  const stop = subscribe((s) => (state.value = s));
  if (getCurrentScope()) onScopeDispose(stop);
  return readonly(state) as Readonly<Ref<ConsentState>>;
}

/** Whether a category or a service is granted now, e.g. `useAccepted('analytics')`; the id may be a ref. */
export function useAccepted(categoryOrService: MaybeRefOrGetter<string>): ComputedRef<boolean> {
  const state = useConsent();
  return computed(() => {
    // Read the ref so the computed re-runs on every change of consent.
    void state.value;
    return accepted(toValue(categoryOrService));
  });
}

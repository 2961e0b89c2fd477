// Type test, checked by `npm run typecheck` (tsconfig.test.json), never run: the public types a site's
// TypeScript sees. Each `@ts-expect-error` proves a wrong use is refused; the rest proves right uses compile.
import { getConsent, subscribe, type ConsentEventDetail, type ConsentState, type KeksApi } from '../../src/index.js';
import { useAccepted as useAcceptedReact, useConsent as useConsentReact } from '../../src/react.js';
import { isAccepted, readConsent } from '../../src/server.js';
import { useAccepted as useAcceptedVue, useConsent as useConsentVue } from '../../src/vue.js';
import type { ComputedRef, Ref } from 'vue';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assert = <T extends true>(): T => true as T;

// window.Keks: the page's one API, optional (undefined before the script tag or init ran).
assert<Equal<typeof window.Keks, KeksApi | undefined>>();
window.Keks?.acceptAll();
// @ts-expect-error it may be missing: check before use
window.Keks.acceptAll();

// Every keks:* window event carries a typed detail.
addEventListener('keks:update', (e) => {
  const granted: string[] = e.detail.granted;
  const state: ConsentState = e.detail.state;
  void [granted, state];
  // @ts-expect-error no such field
  void e.detail.grantedCategories;
});
for (const name of ['keks:restore', 'keks:consent', 'keks:change', 'keks:update'] as const)
  window.addEventListener(name, (e) => {
    const detail: ConsentEventDetail = e.detail;
    void detail;
    return assert<Equal<typeof e.detail, ConsentEventDetail>>();
  });
// @ts-expect-error not a Keks event
addEventListener('keks:updated', (e: CustomEvent<ConsentEventDetail>) => void e);

// The store contract.
const off: () => void = subscribe((s) => {
  const state: ConsentState = s;
  void state;
  return assert<Equal<typeof s, ConsentState>>();
});
off();
assert<Equal<ReturnType<typeof getConsent>, ConsentState>>();
// @ts-expect-error the listener gets the state, not an event
subscribe((s: Event) => void s);

// keks/react
export function ReactUse(): boolean {
  const state = useConsentReact();
  assert<Equal<typeof state, ConsentState>>();
  const on = useAcceptedReact('analytics');
  assert<Equal<typeof on, boolean>>();
  // @ts-expect-error an id is needed
  useAcceptedReact();
  return on && state.decided;
}

// keks/vue
const state = useConsentVue();
assert<Equal<typeof state, Readonly<Ref<ConsentState>>>>();
const analytics = useAcceptedVue(() => 'analytics');
assert<Equal<typeof analytics, ComputedRef<boolean>>>();
void analytics.value;
// @ts-expect-error read-only: consent changes only through the API
state.value = getConsent();

// keks/server
const fromHeader = readConsent('a=1; keks=x', { revision: 2 }, { gpc: true });
assert<Equal<typeof fromHeader, ConsentState>>();
readConsent({ keks: 'x' }, {});
readConsent(new Map([['keks', 'x']]), {});
readConsent(undefined, {});
const ok: boolean = isAccepted(fromHeader, 'analytics');
void ok;
// @ts-expect-error a config is needed: it says which cookie and which categories
readConsent('keks=x');

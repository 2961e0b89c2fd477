/**
 * The consent event bus: `on()` listeners plus `keks:<name>` CustomEvents on window.
 * `restore` and `consent` are replayed to listeners added after they fired, so a
 * script that loads late still learns the decision. A replay carries the
 * state as it is *now*, never a stale grant (a withdrawal since then must win; GDPR Art. 7(3)).
 */
import type { ConsentEventDetail, ConsentState, KeksEventMap, KeksEventName } from './api-types.js';

type Listener = (detail: ConsentEventDetail) => void;

export interface Emitter {
  on<K extends KeksEventName>(name: K, fn: (detail: KeksEventMap[K]) => void): () => void;
  emit(name: KeksEventName, detail: ConsentEventDetail): void;
  /** Forget what would be replayed (after `reset()` there is no decision to replay). */
  clearReplay(): void;
}

export function createEmitter(current: () => ConsentState): Emitter {
  const listeners: { [K in KeksEventName]?: Set<Listener> } = {};
  let replay: { [K in KeksEventName]?: ConsentEventDetail } = {};
  const call = (fn: Listener, detail: ConsentEventDetail): void => {
    // One broken listener must not stop the others, nor the store.
    try {
      fn(detail);
    } catch (e) {
      console.error(e);
    }
  };
  return {
    on(name, fn) {
      const set = (listeners[name] ||= new Set());
      set.add(fn as Listener);
      const past = replay[name];
      if (past) {
        const state = current();
        call(fn as Listener, { ...past, state, granted: state.granted, denied: state.denied });
      }
      return () => void set.delete(fn as Listener);
    },
    emit(name, detail) {
      if (name == 'restore' || name == 'consent') replay[name] = detail;
      for (const fn of [...(listeners[name] || [])]) call(fn, detail);
      dispatchEvent(new CustomEvent('keks:' + name, { detail }));
    },
    clearReplay() {
      replay = {};
    },
  };
}

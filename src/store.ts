/**
 * The page's one consent state.
 * A plain object with nanostores-like `get/listen`; decisions persist through the
 * consent record (record.ts) in the consent cookie (consent-cookie.ts), and reach
 * other tabs (BroadcastChannel + the cookie) and bfcache restores.
 */
import type { ConsentSelection, ConsentSource, ConsentState, KeksEventName } from './api-types.js';
import type { ResolvedConfig } from './config.js';
import { readConsentCookie } from './consent-cookie-read.js';
import { createConsentId } from './consent-id.js';
import { decisionSaved, pendingWrite } from './decision-saved.js';
import { copyState, deriveState, frozenState, minus } from './consent-state.js';
import { DEV } from './dev.js';
import type { Emitter } from './events.js';
import { loadChunk, loadedChunk } from './lazy/load.js';
import { decodeRecord, SOURCES, type ConsentRecord } from './record.js';
import type * as WriteChunk from './write-decision.js';
import { applyGpc } from './signals/gpc.js';

/** What changed in one consent update; handed to the loader's side effects. */
export interface Transition {
  kind: 'restore' | 'consent' | 'change';
  state: ConsentState;
  /** Granted before and denied now; on a first decision, everything it denies (clean what ran before). */
  revokedCategories: string[];
  revokedServices: string[];
}

export interface StoreOptions {
  config: ResolvedConfig;
  emitter: Emitter;
  /** The GPC signal is on (Global Privacy Control). */
  gpc: boolean;
  /** Runs before any event fires: Consent Mode update, gate revoke and apply. */
  apply(t: Transition): void;
  /** Runs after the events: e.g. reload on withdrawal. */
  settled(t: Transition): void;
  now?: () => number;
}

export interface Store {
  /** The current state: a frozen object, the same one until the state changes. */
  get(): ConsentState;
  /** Called with the new state after every change of it, including a refreshed `lastDecision`. */
  listen(fn: (state: ConsentState) => void): () => void;
  accepted(id: string): boolean;
  /** Read the stored decision (fires `restore` when valid) and start tab sync. Once, from init. */
  start(): void;
  acceptAll(source?: ConsentSource): void;
  rejectAll(source?: ConsentSource): void;
  save(selection: ConsentSelection, source?: ConsentSource): void;
  reset(): void;
  /** Re-read the cookie (another tab wrote it, or a bfcache restore) and apply any difference. */
  sync(fromMessage?: string | null): void;
  /** Settles when every decision made so far has been written (the write chunk loads on the first one). */
  saved(): Promise<void>;
}

/** Granted in this state, as a category or a service. */
const on = (s: ConsentState, id: string): boolean => s.granted.includes(id) || s.grantedServices.includes(id);
/** Two states grant the same things (saving the same choice is not a change). */
const sameChoice = (a: ConsentState, b: ConsentState): boolean =>
  a.decided == b.decided && a.granted + '|' + a.grantedServices == b.granted + '|' + b.grantedServices;

export function createStore(o: StoreOptions): Store {
  const cfg = o.config;
  const cats = cfg.categoryIds;
  const services = Object.keys(cfg.services);
  const now = o.now || Date.now;
  const necessary = (c: string | undefined): boolean => !!(c && cfg.categories[c]?.necessary);
  const categoryOf = (s: string): string | undefined => cfg.services[s]?.category;
  const listeners = new Set<(s: ConsentState) => void>();
  let rec: ConsentRecord | null = null;
  let channel: BroadcastChannel | undefined;
  /** The last write did not reach the cookie: the decision lives in memory for this page view. */
  let memoryOnly = false;

  const derive = (r: ConsentRecord | null): ConsentState => deriveState(cfg, r, o.gpc);
  let state = derive(null);
  /** What `get()` hands out: one frozen object until the state changes (stable for useSyncExternalStore). */
  let snapshot: ConsentState | undefined;

  const read = (): string | undefined => {
    try {
      return readConsentCookie(cfg.cookie, (v) => decode(v)?.last);
    } catch {
      return undefined;
    }
  };
  const decode = (v: unknown): ConsentRecord | null =>
    decodeRecord(v, { revision: cfg.revision, expiresDays: cfg.cookie.expiresDays, categories: cats, now: now() });

  // Writes wait for the write chunk; chained, so they reach the cookie in the order decided, each once.
  let queue: Promise<void> = Promise.resolve();
  /** Decisions made but not yet written: the cookie does not show them yet, memory does. */
  let unwritten = 0;
  /**
   * Persist (or remove) and tell other tabs. The state, the side effects and the events do not wait
   * for this: the page acts on a decision at once, and the cookie follows when the chunk is here.
   */
  const write = (r: ConsentRecord | null): void => {
    const save = (m: typeof WriteChunk): void => {
      const result = m.writeDecision(r, cfg.cookie);
      memoryOnly = result.memoryOnly;
      try {
        channel?.postMessage(result.value);
      } catch {
        /* a closed channel: the cookie still carries the decision */
      }
      decisionSaved(r, result);
    };
    // No cookies at all here (a sandboxed document throws on access): nothing to fetch, memory it is.
    try {
      void document.cookie;
    } catch {
      memoryOnly = true;
      return;
    }
    const ready = loadedChunk('write');
    // Usually here already (fetched once the banner is up): then the cookie is written before this returns.
    if (ready && !unwritten) return save(ready);
    unwritten++;
    queue = queue
      .then(() => loadChunk('write'))
      .then(
        save,
        // The chunk did not load (reported by loadChunk): the decision holds in memory for this page view.
        () => void (memoryOnly = true),
      )
      .finally(() => void unwritten--);
    pendingWrite(queue);
  };

  const build = (
    grant: (c: string) => boolean,
    service: (s: string) => boolean | undefined,
    source: ConsentSource,
  ): ConsentRecord => {
    // A source the record cannot store would make the decision unreadable on the next page (GDPR Recital 32).
    if (!SOURCES.includes(source))
      throw new TypeError(`keks: unknown consent source "${source}". Use ${SOURCES.join(', ')}.`);
    const granted = cats.filter((c) => necessary(c) || grant(c));
    const on = (s: string): boolean => necessary(categoryOf(s)) || (service(s) ?? granted.includes(categoryOf(s)!));
    const t = now();
    return {
      revision: cfg.revision,
      // Same consent id across changes; a new one only after reset (proof of consent).
      id: rec ? rec.id : createConsentId(),
      first: rec ? rec.first : t,
      last: t,
      granted,
      denied: minus(cats, granted),
      grantedServices: services.filter(on),
      deniedServices: services.filter((s) => !on(s)),
      source,
      gpc: o.gpc,
    };
  };

  const set = (r: ConsentRecord | null): void => {
    rec = r;
    state = derive(r);
    snapshot = undefined;
    for (const fn of [...listeners]) fn(store.get());
  };

  /** Apply a new record: side effects first (Consent Mode before the gate), then events. */
  const commit = (
    r: ConsentRecord | null,
    kind: Transition['kind'],
    prev: ConsentState,
    extra: KeksEventName[] = [],
    source?: ConsentSource,
  ): void => {
    set(r);
    const first = kind == 'consent';
    const next = copyState(state);
    const t: Transition = {
      kind,
      state: next,
      revokedCategories: first ? next.denied : minus(prev.granted, next.granted),
      revokedServices: first ? next.deniedServices : minus(prev.grantedServices, next.grantedServices),
    };
    o.apply(t);
    const detail = {
      state: next,
      granted: next.granted,
      denied: next.denied,
      changed: [...cats, ...services].filter((id) => on(prev, id) != on(next, id)),
      source: source || next.source,
    };
    for (const name of [kind, ...extra, 'update'] as KeksEventName[]) o.emitter.emit(name, detail);
    o.settled(t);
  };

  const decide = (r: ConsentRecord): void => {
    const prev = state;
    write(r);
    if (rec && sameChoice(prev, derive(r))) set(r);
    else commit(r, rec ? 'change' : 'consent', prev);
  };

  /** A valid record that predates the GPC signal yields to it (Global Privacy Control). */
  const withGpc = (r: ConsentRecord | null): ConsentRecord | null => {
    const fixed = r && o.gpc ? applyGpc(r, cfg.gpc, categoryOf, now()) : null;
    if (fixed) write(fixed);
    return fixed || r;
  };

  const open = (): void => {
    try {
      channel = new BroadcastChannel('keks');
      channel.onmessage = (e) => store.sync(typeof e.data == 'string' ? e.data : null);
    } catch {
      /* no BroadcastChannel: other tabs still see the cookie on their next load */
    }
  };

  const store: Store = {
    get: () => (snapshot ||= frozenState(state)),
    listen(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    accepted: (id) => on(state, id),
    start() {
      const stored = decode(read());
      const r = withGpc(stored);
      if (r) commit(r, 'restore', derive(stored), r != stored ? ['change'] : []);
      open();
      // A page from the back/forward cache re-reads consent; the channel is closed while
      // the page sits in the cache so it does not block bfcache and reopened when it returns.
      addEventListener('pagehide', () => {
        channel?.close();
        channel = undefined;
      });
      addEventListener('pageshow', (e) => {
        if (!channel) open();
        if (e.persisted) store.sync();
      });
    },
    acceptAll(source = 'api') {
      // GPC is a standing refusal: "accept all" never overrides it (Global Privacy Control); preferences can.
      decide(
        build(
          (c) => !(o.gpc && cfg.gpc.includes(c)),
          () => undefined,
          source,
        ),
      );
    },
    rejectAll(source = 'api') {
      decide(
        build(
          () => false,
          () => undefined,
          source,
        ),
      );
    },
    save(selection, source = 'api') {
      if (!Array.isArray(selection?.categories))
        throw new TypeError('keks: save() needs { categories: [...] }, e.g. save({ categories: ["analytics"] }).');
      if (DEV) {
        const unknown = [
          ...minus([...(selection.categories || [])], cats),
          ...minus(Object.keys(selection.services || {}), services),
        ];
        if (unknown.length)
          console.warn(
            `keks: save() ignores unknown ids: ${unknown.join(', ')}. Use ids from config.categories and config.services.`,
          );
      }
      decide(
        build(
          (c) => selection.categories.includes(c),
          (s) => selection.services?.[s],
          source,
        ),
      );
    },
    reset() {
      const prev = state;
      write(null);
      if (rec) commit(null, 'change', prev, [], 'api');
      memoryOnly = false;
      o.emitter.clearReplay();
    },
    sync(fromMessage) {
      let raw = read();
      if (raw === undefined) {
        // No readable cookie. A message from another tab carries the value itself (cookies
        // blocked everywhere); on a bfcache restore, a memory-only decision stays as it is.
        if (fromMessage !== undefined) raw = fromMessage ?? undefined;
        else if (memoryOnly || unwritten) return;
      }
      const r = withGpc(decode(raw));
      const prev = state;
      if (sameChoice(prev, derive(r))) set(r);
      else commit(r, rec ? 'change' : 'consent', prev, [], r ? undefined : 'api');
    },
    saved: () => queue,
  };
  return store;
}

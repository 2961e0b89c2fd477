/**
 * Typed events of `<keks-placeholder>`. Both bubble and are composed, so a
 * listener on `document` receives them from inside shadow roots.
 */

/**
 * "Load once": release this one held embed for this page view, recording no
 * consent. Dispatched **on the held element** (the placeholder's
 * `nextElementSibling`), so the gate's `document` listener finds what to
 * release in `event.target`.
 */
export class KeksLoadOnceEvent extends Event {
  constructor(readonly service: string) {
    super('keks:load-once', { bubbles: true, composed: true });
  }
}

/**
 * "Always allow {service}": grant this one service, never its category
 *. Dispatched on the placeholder; the UI turns it into `api.save`
 * with the current categories and `services: { …, [service]: true }`.
 */
export class KeksAllowServiceEvent extends CustomEvent<{ service: string }> {
  constructor(service: string) {
    super('keks-allow-service', { bubbles: true, composed: true, detail: { service } });
  }
}

/**
 * A placeholder was connected (or upgraded once the UI defined it) and needs its
 * data: the UI answers by setting `info`, `strings`, `locale` and `theme` on
 * `event.target`. Composed, so placeholders inside open shadow roots are found too.
 */
export class KeksPlaceholderConnectEvent extends Event {
  constructor() {
    super('keks-placeholder-connect', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'keks:load-once': KeksLoadOnceEvent;
    'keks-allow-service': KeksAllowServiceEvent;
    'keks-placeholder-connect': KeksPlaceholderConnectEvent;
  }
}

/**
 * Typed events the Keks elements send up. Each bubbles and is composed, so a
 * listener on the element (or on `document`) receives it from inside the shadow root.
 */
import type { ConsentSelection } from '../api-types.js';

/** What a visitor chose: everything, nothing beyond necessary, or exactly the selection shown. */
export type Decision = 'accept' | 'reject' | 'save';

/** A visitor decided. `selection` is set for `save`. */
export class KeksDecisionEvent extends Event {
  constructor(
    readonly decision: Decision,
    readonly selection?: ConsentSelection,
  ) {
    super('keks-decision', { bubbles: true, composed: true });
  }
}

/** A visitor asked for the preferences; focus returns to `opener` when they close (WCAG 2.4.3). */
export class KeksOpenPreferencesEvent extends Event {
  constructor(readonly opener: HTMLElement | null) {
    super('keks-open-preferences', { bubbles: true, composed: true });
  }
}

/** How a close was requested. */
export type CloseSource = 'close-button' | 'keyboard' | 'overlay';

/**
 * The preferences are about to close. Cancelable: `preventDefault()` keeps them open.
 * Closing never records consent (GDPR Recital 32).
 */
export class KeksRequestCloseEvent extends Event {
  constructor(readonly source: CloseSource) {
    super('keks-request-close', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'keks-decision': KeksDecisionEvent;
    'keks-open-preferences': KeksOpenPreferencesEvent;
    'keks-request-close': KeksRequestCloseEvent;
  }
}

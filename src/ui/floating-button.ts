import { LitElement, css, html, type TemplateResult } from 'lit';
import type { ConsentState } from '../api-types.js';
import type { ResolvedConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { categoryText } from './category-title.js';
import { KeksOpenPreferencesEvent } from './events.js';
import { theme } from './theme.js';

/**
 * A small fixed button that re-opens the preferences on every page (R21, GDPR
 * Art. 7(3): withdrawing is as easy as giving). Its accessible name and tooltip
 * carry the current state.
 *
 * @fires keks-open-preferences - `KeksOpenPreferencesEvent`; focus returns here on close.
 * @csspart button - the button
 * @cssproperty --keks-accent / --keks-on-accent / --keks-focus / --keks-z-index
 */
export class KeksFloatingButton extends LitElement {
  static override styles = [
    theme,
    css`
      button {
        position: fixed;
        bottom: 16px;
        left: 16px;
        z-index: var(--keks-z-index, 2147483000);
        width: 48px;
        height: 48px;
        padding: 0;
        border-radius: 50%;
        box-shadow: 0 2px 8px #0005;
        border-color: var(--_on-accent);
      }
      :host([position='bottom-right']) button {
        left: auto;
        right: 16px;
      }
      svg {
        display: block;
        margin: auto;
      }
    `,
  ];

  // host.focus() reaches the button, so focus can return here when the preferences close (R31).
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    strings: { attribute: false },
    config: { attribute: false },
    consent: { attribute: false },
    position: { reflect: true },
  };

  declare strings?: Strings;
  declare config?: ResolvedConfig;
  /** The current consent, shown in the button's name. */
  declare consent?: ConsentState;
  /** `bottom-left` (default) or `bottom-right`. */
  declare position: string;

  /** Accessible name and tooltip with the current state (R21): "Cookie settings: Necessary, Analytics". */
  get label(): string {
    const { strings: s, config, consent } = this;
    return s && config && consent
      ? `${s.floatingButton}: ${consent.granted.map((id) => categoryText(config, s, id).title).join(', ')}`
      : '';
  }

  override render(): TemplateResult {
    const label = this.label;
    return html`<button part="button" aria-label=${label} title=${label} @click=${this.open}>
      <svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
        <path
          d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4.5 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm3 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-7-8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z"
        />
      </svg>
    </button>`;
  }

  private open(e: Event): void {
    this.dispatchEvent(new KeksOpenPreferencesEvent(e.currentTarget as HTMLElement));
  }
}

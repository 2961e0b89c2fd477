import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Strings } from '../i18n/strings.js';
import { css, sheet } from './css-sheet.js';
import { KeksDecisionEvent, KeksOpenPreferencesEvent } from './events.js';
import { KeksElement, reactive, reflect } from './keks-element.js';
import { safeText } from './safe-text.js';
import { theme } from './theme.js';

/**
 * The first layer: what cookies are for, links to the policies, and Accept all,
 * Reject all (identical buttons; EDPB Cookie Banner Taskforce report) and Preferences.
 *
 * Non-blocking by default: a labelled region, first in `<body>`, overlaid with
 * `position: fixed` (no layout shift) and without a focus trap (WCAG 2.4.3). With
 * `block-page` it is a modal `<dialog>` (off by default). Escape and clicks
 * outside never record consent (GDPR Recital 32).
 *
 * @fires keks-decision - `KeksDecisionEvent` with `accept` or `reject` (the optional × rejects).
 * @fires keks-open-preferences - `KeksOpenPreferencesEvent`; the Preferences button is the opener.
 * @customElement keks-banner
 * @csspart banner - the surface (a `<section>`, or a `<dialog>` with `block-page`)
 * @csspart title - the heading that names the banner
 * @csspart description - the text
 * @csspart notice - why a returning visitor is asked again (after the config's consent-relevant parts changed)
 * @csspart links - the policy links
 * @csspart link - each policy link; also `privacy` and `cookies`
 * @csspart actions - the button row
 * @csspart button - every button; also `accept`, `reject`, `preferences`, `close`
 * @cssproperty --keks-bg - Surface colour.
 * @cssproperty --keks-fg - Text colour.
 * @cssproperty --keks-accent - Accept and Reject, links, switches that are on.
 * @cssproperty --keks-on-accent - Text on the accent colour.
 * @cssproperty --keks-border - Borders, secondary buttons, switches that are off.
 * @cssproperty --keks-focus - The focus ring.
 * @cssproperty --keks-radius - Corner radius.
 * @cssproperty --keks-space - Padding and gaps.
 * @cssproperty --keks-font - Font family.
 * @cssproperty --keks-z-index - Stacking of the overlay.
 */
export class KeksBanner extends KeksElement {
  static override sheets = [
    theme,
    sheet(css`
      :host {
        display: contents;
        --_gap: 16px;
      }
      :host(:not([open])) {
        display: none;
      }
      .panel {
        position: fixed;
        z-index: var(--keks-z-index, 2147483000);
        inset: auto;
        margin: 0;
        max-width: none;
        max-height: calc(100dvh - 2 * var(--_gap));
        overflow: auto;
        padding: var(--_space);
      }
      .panel::backdrop {
        background: #000a;
      }
      dialog:focus-visible {
        outline: none;
      }
      :host([close-button]) h2 {
        padding-inline-end: 40px;
      }
      /* Each policy link on its own, with a clear gap: two underlined links in a row read as one. */
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 4px calc(var(--_space) * 1.25);
        margin-block-start: calc(var(--_space) / 2);
      }
      .links:empty {
        display: none;
      }
      p {
        margin: 0;
      }
      .actions {
        margin-block-start: var(--_space);
      }
      :host([layout='box']) .panel {
        width: min(26rem, 100% - 2 * var(--_gap));
      }
      :host([position^='bottom']) .panel,
      :host([flipped][position^='top']) .panel {
        top: auto;
        bottom: var(--_gap);
      }
      :host([position^='top']) .panel,
      :host([flipped][position^='bottom']) .panel {
        top: var(--_gap);
        bottom: auto;
      }
      :host([position$='left']) .panel {
        left: var(--_gap);
      }
      :host([position$='right']) .panel {
        right: var(--_gap);
      }
      :host([layout='bar']) {
        --_gap: 0px;
      }
      :host([layout='bar']) .panel {
        left: 0;
        right: 0;
        border-radius: 0;
        border-inline: 0;
        padding-block: calc(var(--_space) * 0.75);
        padding-inline: max(var(--_space), 50% - 38rem);
      }
      @media (min-width: 50rem) {
        :host([layout='bar']) .panel {
          display: flex;
          gap: calc(2 * var(--_space));
          align-items: center;
        }
        :host([layout='bar']) .actions {
          grid-template-columns: repeat(3, 1fr);
          margin: 0;
          flex: none;
        }
        :host([layout='bar']) .actions > :nth-child(3) {
          grid-column: auto;
        }
      }
      :host([layout='modal']) .panel {
        inset: 0;
        margin: auto;
        height: fit-content;
        width: min(34rem, 100% - 16px);
      }
      :host([layout='modal'][flipped]) .panel {
        margin-block-end: 8px;
      }
    `),
  ];

  /** The UI strings; nothing renders until they are set. */
  declare strings?: Strings;
  /** Shown when true. */
  declare open: boolean;
  /** `box`, `bar` or `modal`. */
  declare layout: 'box' | 'bar' | 'modal';
  /** `bottom-right` (box default), `bottom-left`, `top-left`, `top-right`; `top` or `bottom` for a bar. */
  declare position: string;
  /** A modal `<dialog>` that blocks the page until a choice (EDPB Guidelines 05/2020). */
  declare blockPage: boolean;
  /** Show a × that records a refusal (GDPR Recital 32). */
  declare closeButton: boolean;
  declare privacyUrl?: string;
  declare cookiePolicyUrl?: string;
  /** Why a returning visitor is asked again (the consent-relevant config changed); shown above the text. */
  declare notice?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.unobscure);
  }

  disconnectedCallback(): void {
    document.removeEventListener('focusin', this.unobscure);
  }

  protected override render(): TemplateResult {
    const s = this.strings?.banner;
    if (!s) return html``;
    const link = (url: string | undefined, text: string, part: string) =>
      url ? html`<a part="link ${part}" href=${url}>${text}</a>` : nothing;
    const body = html`<div>
        <h2 id="t" part="title">${s.title}</h2>
        ${this.notice ? html`<p part="notice">${this.notice}</p>` : nothing}
        <p part="description">
          ${safeText(s.description)}
          <span class="links" part="links"
            >${link(this.privacyUrl, s.privacyPolicy, 'privacy')}${link(
              this.cookiePolicyUrl,
              s.cookiePolicy,
              'cookies',
            )}</span
          >
        </p>
      </div>
      <div class="actions" part="actions">
        <button part="button accept" @click=${() => this.decide('accept')}>${s.acceptAll}</button>
        <button part="button reject" @click=${() => this.decide('reject')}>${s.rejectAll}</button>
        <button part="button preferences" class="secondary" @click=${this.openPreferences}>${s.preferences}</button>
      </div>
      ${
        this.closeButton
          ? html`<button
              class="x"
              part="button close"
              aria-label=${s.close}
              title=${s.close}
              @click=${() => this.decide('reject')}
            >
              ×
            </button>`
          : nothing
      }`;
    return this.blockPage
      ? html`<dialog
          class="surface panel"
          part="banner"
          aria-labelledby="t"
          tabindex="-1"
          @cancel=${this.refuseEscape}
          @close=${this.stayOpen}
        >
          ${body}
        </dialog>`
      : html`<section class="surface panel" part="banner" role="region" aria-labelledby="t">${body}</section>`;
  }

  protected override updated(): void {
    const dialog = this.shadowRoot!.querySelector('dialog');
    if (dialog && this.open && !dialog.open) {
      dialog.showModal();
      dialog.focus();
    }
    if (dialog?.open && !this.open) dialog.close();
  }

  private decide(decision: 'accept' | 'reject'): void {
    this.dispatchEvent(new KeksDecisionEvent(decision));
  }

  private openPreferences(e: Event): void {
    this.dispatchEvent(new KeksOpenPreferencesEvent(e.currentTarget as HTMLElement));
  }

  // The blocking dialog takes focus itself, so a screen reader announces its name and
  // no link or button is preselected; the dialog is not a control, so it needs no focus ring.

  /** Escape never records consent, and a blocking banner stays until a choice. */
  private refuseEscape(e: Event): void {
    e.preventDefault();
  }

  /** Chromium closes a dialog on a second Escape even when `cancel` is prevented: show it again. */
  private stayOpen(): void {
    if (this.open) this.updated();
  }

  /**
   * WCAG 2.4.11 Focus Not Obscured: when a page element receiving focus is
   * entirely behind the banner, scroll the page so it clears the banner; when the
   * page cannot scroll that far, move the banner to the other edge.
   */
  private unobscure = (e: FocusEvent): void => {
    const target = e.composedPath()[0] as Element;
    if (!this.open || this.blockPage || e.target == this) return;
    requestAnimationFrame(() => {
      const panel = this.shadowRoot?.querySelector('.panel');
      if (!panel || !target.isConnected) return;
      const covered = (): number => {
        const p = panel.getBoundingClientRect();
        const r = target.getBoundingClientRect();
        const inside = r.top >= p.top && r.bottom <= p.bottom && r.left >= p.left && r.right <= p.right;
        // How far to scroll so the element clears the banner: up past its top edge or down past its bottom.
        return !inside ? 0 : p.top + p.height / 2 > innerHeight / 2 ? r.bottom - p.top + 8 : r.top - p.bottom - 8;
      };
      const dy = covered();
      if (!dy) return;
      scrollBy(0, dy);
      if (covered()) this.toggleAttribute('flipped');
    });
  };
}

reactive(KeksBanner, ['strings', 'privacyUrl', 'cookiePolicyUrl', 'notice']);
reflect(KeksBanner, {
  open: 'open?',
  layout: 'layout',
  position: 'position',
  blockPage: 'block-page?',
  closeButton: 'close-button?',
});

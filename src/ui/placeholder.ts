/**
 * `<keks-placeholder>`: stands in for an embed (iframe, video, embed) that the
 * gate holds back, naming the service and its provider.
 * The gate inserts it right before the held element, which stays in the page
 * with `hidden` as this element's `nextElementSibling`.
 */
import { LitElement, css, html, nothing, supportsAdoptingStyleSheets, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ServiceConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { countryNames } from './placeholder-country.js';
import { KeksAllowServiceEvent, KeksLoadOnceEvent, KeksPlaceholderConnectEvent } from './placeholder-events.js';
import { sizeLike } from '../embed-box.js';
import { theme as themeStyles } from './theme.js';

/** What the placeholder shows about a service: `config.services[id]` fits. */
export type PlaceholderService = Pick<ServiceConfig, 'name' | 'provider' | 'country' | 'privacyPolicy'>;

/** `Strings['placeholder']`, plus the label of the privacy-policy link (`Strings['preferences'].privacyPolicy`). */
export type PlaceholderStrings = Strings['placeholder'] & { privacyPolicy?: string };

/**
 * A blocked embed's stand-in. It requests nothing from the third party (no
 * thumbnail, no favicon): only text from the config and the strings table.
 * `{service}`, `{provider}` and `{country}` in the strings are filled in here;
 * countries are shown by name and code (GDPR Art. 13).
 *
 * Sized like the held element: its `width`/`height` attributes, else 16:9, through a
 * constructed stylesheet (works under `style-src 'self'`), so page CSS on
 * `keks-placeholder` still wins. A narrow box is given the height its text needs (see
 * `embed-box.ts`), and grows past that rather than clipping. The gate reserves the same
 * box with an inline style until this element is defined, and it is dropped then, in the
 * same frame.
 *
 * @customElement keks-placeholder
 * @fires keks:load-once - `KeksLoadOnceEvent`, dispatched **on the held element**
 *   (`nextElementSibling`), bubbling and composed: the gate's document listener
 *   releases `event.target` for this page view only. No consent is recorded.
 * @fires keks-allow-service - `KeksAllowServiceEvent` on this element with
 *   `detail.service`: the UI grants only that service, never its category.
 * @fires keks-placeholder-connect - `KeksPlaceholderConnectEvent` when connected: asks
 *   the UI for `info` and `strings` (see `placeholder-wiring.ts`).
 * @csspart base - The labelled group holding everything.
 * @csspart title - The heading.
 * @csspart description - Who runs the service and where data goes.
 * @csspart privacy-policy - The link to the provider's privacy policy.
 * @csspart actions - The row of buttons.
 * @csspart button - Both buttons.
 * @csspart load-once - The "Load once" button.
 * @csspart always-allow - The "Always allow {service}" button.
 * @cssproperty --keks-bg - Surface colour.
 * @cssproperty --keks-fg - Text colour.
 * @cssproperty --keks-accent - Primary button and link colour.
 * @cssproperty --keks-on-accent - Text on the primary button.
 * @cssproperty --keks-border - Border and secondary button outline.
 * @cssproperty --keks-focus - Focus ring.
 * @cssproperty --keks-radius - Corner radius.
 * @cssproperty --keks-space - Padding unit.
 * @cssproperty --keks-font - Font family.
 */
export class KeksPlaceholder extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: grid;
        max-width: 100%;
        aspect-ratio: 16 / 9;
      }
      /* The text's floor in a narrow box (its top padding, see embed-box.ts) shares the content's cell. */
      :host::before {
        content: '';
        grid-area: 1 / 1;
      }
      .surface {
        grid-area: 1 / 1;
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: calc(var(--_space) / 2);
        padding: var(--_space);
        box-shadow: none;
        /* In the page's flow, not an overlay: it is there from the start, no entry animation. */
        animation: none;
        overflow-wrap: anywhere;
      }
      h2,
      p {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
      }
    `,
  ];

  /** Id of the held service in `config.services`; the gate sets it as an attribute. */
  @property({ reflect: true }) service = '';

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** BCP 47 tag for country names; default the page's `<html lang>`. */
  @property() locale = '';

  /** The service's provider, countries and privacy policy (set by the UI). */
  @property({ attribute: false }) info?: PlaceholderService;

  /** Text in the page's language (set by the UI); nothing renders without it. */
  @property({ attribute: false }) strings?: PlaceholderStrings;

  private sizeSheet?: CSSStyleSheet;

  override connectedCallback(): void {
    super.connectedCallback();
    // Once the shadow root has adopted the static styles, add this element's size rule after them,
    // and drop the box the gate reserved inline (the same size; page CSS may override this one).
    if (supportsAdoptingStyleSheets && this.renderRoot instanceof ShadowRoot) {
      const root = this.renderRoot;
      if (!this.sizeSheet)
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.sizeSheet = new CSSStyleSheet())];
      this.sizeSheet.replaceSync(':host{}:host::before{}');
      const [box, floor] = [...this.sizeSheet.cssRules] as CSSStyleRule[];
      // The floor beside the content, not on the host: text longer than it still grows the box.
      sizeLike(this.nextElementSibling, box!.style, floor!.style);
      // Reading it first: Chromium serialises a style set through the CSSOM lazily, and would bring it back empty.
      if (this.hasAttribute('style')) this.removeAttribute('style');
    }
    this.dispatchEvent(new KeksPlaceholderConnectEvent());
  }

  override render(): TemplateResult {
    const s = this.strings;
    if (!s) return html``;
    const info = this.info;
    const name = info?.name || this.service;
    const country = info ? countryNames(info.country, this.locale || document.documentElement.lang || 'en') : '';
    // One pass, so text from the config can never inject another placeholder; rendered as text.
    const fill = (text: string): string =>
      text.replace(/\{(service|provider|country)\}/g, (_, key: string) =>
        key == 'service' ? name : key == 'provider' ? (info?.provider ?? '') : country,
      );
    const policy = info && /^https?:\/\//i.test(info.privacyPolicy) ? info.privacyPolicy : '';
    return html`<div part="base" class="surface" role="group" aria-labelledby="title">
      <h2 id="title" part="title">${fill(s.title)}</h2>
      <p part="description">${fill(s.description)}</p>
      ${
        policy && s.privacyPolicy
          ? html`<p>
              <a part="privacy-policy" href=${policy} target="_blank" rel="noopener noreferrer">${s.privacyPolicy}</a>
            </p>`
          : nothing
      }
      <div part="actions" class="actions">
        <button part="button load-once" class="secondary" @click=${this.loadOnce}>${fill(s.loadOnce)}</button>
        <button part="button always-allow" @click=${this.allowService}>${fill(s.alwaysAllow)}</button>
      </div>
    </div>`;
  }

  private loadOnce(): void {
    this.nextElementSibling?.dispatchEvent(new KeksLoadOnceEvent(this.service));
  }

  private allowService(): void {
    this.dispatchEvent(new KeksAllowServiceEvent(this.service));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'keks-placeholder': KeksPlaceholder;
  }
}

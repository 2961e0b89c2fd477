import { LitElement, css, html, type TemplateResult } from 'lit';
import type { ConsentState } from '../api-types.js';
import type { ResolvedConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { categoryText } from './category-title.js';
import { KeksOpenPreferencesEvent } from './events.js';
import { deepActiveElement } from './focus-return.js';
import { theme } from './theme.js';

/**
 * A small fixed button that re-opens the preferences on every page (GDPR
 * Art. 7(3): withdrawing is as easy as giving). Its accessible name and tooltip
 * carry the current state.
 *
 * It keeps out of the way of the page: when the focused element, or a control of the page
 * (a link, a button, a field, an embed or a placeholder's button), lies under it, it moves to the other
 * bottom corner (WCAG 2.4.11 Focus Not Obscured), and back when its own corner is clear again.
 *
 * @fires keks-open-preferences - `KeksOpenPreferencesEvent`; focus returns here on close.
 * @customElement keks-floating-button
 * @csspart button - the button
 * @cssproperty --keks-accent - Accept and Reject, links, switches that are on.
 * @cssproperty --keks-on-accent - Text on the accent colour.
 * @cssproperty --keks-focus - The focus ring.
 * @cssproperty --keks-z-index - Stacking of the overlay.
 * @cssproperty --keks-floating-button-bottom - distance from the bottom edge (default 16px), e.g. above a
 *   site's own sticky footer or chat button
 * @cssproperty --keks-floating-button-side - distance from the left (or right) edge (default 16px)
 */
export class KeksFloatingButton extends LitElement {
  static override styles = [
    theme,
    css`
      button {
        position: fixed;
        bottom: var(--keks-floating-button-bottom, 16px);
        left: var(--keks-floating-button-side, 16px);
        z-index: var(--keks-z-index, 2147483000);
        width: 48px;
        height: 48px;
        padding: 0;
        border-radius: 50%;
        box-shadow: 0 2px 8px #0005;
        border-color: var(--_on-accent);
      }
      :host([position='bottom-right']:not([dodged])) button,
      :host([position='bottom-left'][dodged]) button {
        left: auto;
        right: var(--keks-floating-button-side, 16px);
      }
      svg {
        display: block;
        margin: auto;
      }
    `,
  ];

  // host.focus() reaches the button, so focus can return here when the preferences close (WCAG 2.4.3).
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

  override connectedCallback(): void {
    super.connectedCallback();
    for (const [target, type] of WATCH)
      target().addEventListener(type, this.schedule, { capture: true, passive: true });
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const [target, type] of WATCH) target().removeEventListener(type, this.schedule, { capture: true });
  }

  private pending = false;

  /** At most one check per frame, however many scroll events arrive. */
  private schedule = (): void => {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.dodge();
    });
  };

  /** Sit in the home corner unless something of the page is under it there and the other corner is clear. */
  private dodge(): void {
    const button = this.renderRoot.querySelector('button');
    if (!button || this.hidden) return;
    const r = button.getBoundingClientRect();
    if (!r.width) return;
    const width = document.documentElement.clientWidth;
    const here = { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    const there = { left: width - r.right, right: width - r.left, top: r.top, bottom: r.bottom };
    const dodged = this.hasAttribute('dodged');
    const [home, other] = dodged ? [there, here] : [here, there];
    this.toggleAttribute('dodged', this.covers(home) && !this.covers(other));
  }

  /** Whether a box of the viewport would hide the focused element or a page control. */
  private covers(box: Box): boolean {
    const focused = deepActiveElement();
    if (focused && focused.getRootNode() != this.renderRoot && overlaps(box, focused.getBoundingClientRect()))
      return true;
    const xs = [box.left + 4, (box.left + box.right) / 2, box.right - 4];
    const ys = [box.top + 4, (box.top + box.bottom) / 2, box.bottom - 4];
    return xs.some((x) =>
      ys.some((y) => {
        let below = document.elementsFromPoint(x, y).find((el) => el != this);
        // Inside a component (the embed placeholder): its text is not in the way, its buttons are.
        for (let root = below?.shadowRoot; root; root = below?.shadowRoot)
          below = root.elementsFromPoint(x, y).find((el) => el.getRootNode() == root) ?? below;
        return !!below?.closest(CONTROLS);
      }),
    );
  }

  /** Accessible name and tooltip with the current state (GDPR Art. 7(3)): "Cookie settings: Necessary, Analytics". */
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

type Box = { left: number; right: number; top: number; bottom: number };

/** Page elements a visitor may need to reach under the button (an embed counts whole: it has its own controls). */
const CONTROLS =
  'a[href],button,input,select,textarea,summary,label,iframe,video,audio,embed,object,[tabindex],[contenteditable],[role=button],[role=link]';

/** Events after which something else may sit under the button. */
const WATCH: Array<[() => EventTarget, string]> = [
  [() => document, 'focusin'],
  [() => document, 'scroll'],
  [() => window, 'resize'],
];

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

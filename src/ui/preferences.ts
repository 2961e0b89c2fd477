import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { ConsentSelection, ConsentState } from '../api-types.js';
import type { ResolvedConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { KeksDecisionEvent, KeksRequestCloseEvent, type CloseSource, type Decision } from './events.js';
import { deepActiveElement, focusBack } from './focus-return.js';
import { categoryViews, type CategoryView, type ServiceView } from './preferences-model.js';
import { safeText } from './safe-text.js';
import { theme } from './theme.js';

type Switches = Record<string, boolean>;

/**
 * The second layer: a modal `<dialog>` (WCAG 2.4.3) with one switch per category and,
 * when services are configured, per service. Every non-necessary switch starts off
 * until a decision exists, then shows it (CJEU C-673/17 Planet49); Save stores exactly what is shown
 *. Escape, the × and a click outside close it without recording anything
 * (GDPR Recital 32), and focus returns to the opener. A saved choice is announced
 * in a polite live region (WCAG 4.1.3).
 *
 * Loaded as its own chunk the first time the preferences are opened.
 *
 * @fires keks-decision - `KeksDecisionEvent`: `accept`, `reject`, or `save` with the selection shown.
 * @fires keks-request-close - `KeksRequestCloseEvent`, cancelable; `preventDefault()` keeps the panel open.
 * @fires keks-close - `Event` after the panel closed (with or without a decision), before focus moves back.
 * @customElement keks-preferences
 * @csspart preferences - the dialog surface
 * @csspart title - the heading
 * @csspart description - the text under the heading
 * @csspart note - the Global Privacy Control note
 * @csspart categories - the list of categories
 * @csspart category - one category
 * @csspart switch - every switch
 * @csspart service - one service's details
 * @csspart privacy-policy - a service's privacy-policy link (link text with ↗; the URL is the `href`)
 * @csspart opt-out - a service's opt-out link
 * @csspart cookies - a service's cookie table
 * @csspart record - the consent ID and decision date
 * @csspart actions - the button row
 * @csspart status - the live region announcing a saved choice
 * @csspart button - every button; also `accept`, `reject`, `save`, `close`, `details`
 * @cssproperty --keks-bg - Surface colour.
 * @cssproperty --keks-fg - Text colour.
 * @cssproperty --keks-accent - Accept and Reject, links, switches that are on.
 * @cssproperty --keks-on-accent - Text on the accent colour.
 * @cssproperty --keks-border - Borders, secondary buttons, switches that are off.
 * @cssproperty --keks-focus - The focus ring.
 * @cssproperty --keks-radius - Corner radius.
 * @cssproperty --keks-space - Padding and gaps.
 * @cssproperty --keks-font - Font family.
 */
export class KeksPreferences extends LitElement {
  // [role=switch] is drawn on a native checkbox: the knob is a gradient, so it needs no
  // pseudo-elements. Off and on differ in knob position and fill, each ≥ 3:1 (WCAG 1.4.11; WCAG 1.4.3, 1.4.11).
  static override styles = [
    theme,
    css`
      :host {
        display: contents;
      }
      .sr {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      dialog {
        padding: 0;
        width: min(40rem, 100% - 16px);
        max-width: none;
        max-height: calc(100dvh - 16px);
        overflow: auto;
        overscroll-behavior: contain;
      }
      dialog::backdrop {
        background: #000a;
      }
      .content {
        padding: var(--_space);
        position: relative;
        overflow-wrap: anywhere;
      }
      h2 {
        padding-inline-end: 48px;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--_space);
      }
      li {
        border-block-start: 1px solid var(--_border);
        padding-block: calc(var(--_space) / 2);
      }
      .row {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_space);
        min-height: 32px;
      }
      label {
        font-weight: 600;
      }
      .always {
        font-size: 0.875rem;
        margin-inline-start: auto;
      }
      [role='switch'] {
        appearance: none;
        flex: none;
        margin: 0;
        width: 48px;
        height: 28px;
        border: 2px solid var(--_border);
        border-radius: 14px;
        cursor: pointer;
        background: radial-gradient(circle at 12px 50%, var(--_border) 7px, transparent 8px) var(--_bg);
      }
      [role='switch']:checked {
        border-color: var(--_accent);
        background: radial-gradient(circle at calc(100% - 12px) 50%, var(--_on-accent) 7px, transparent 8px)
          var(--_accent);
      }
      [role='switch']:disabled {
        cursor: not-allowed;
      }
      .more {
        min-height: 24px;
        min-width: 0;
        padding: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        text-decoration: underline;
        font-weight: 400;
      }
      .svc {
        margin-block-start: calc(var(--_space) / 2);
        padding: calc(var(--_space) / 2);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) / 2);
      }
      .svc {
        container-type: inline-size;
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 2px 12px;
        margin: 8px 0;
        font-size: 0.875rem;
        overflow-wrap: break-word;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 4px var(--_space);
        margin: 0 0 8px;
        font-size: 0.875rem;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.875rem;
        overflow-wrap: break-word;
      }
      caption {
        text-align: start;
        font-weight: 600;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 4px;
        border-block-end: 1px solid var(--_border);
      }
      td:first-child {
        overflow-wrap: anywhere;
      }
      @container (max-width: 26rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd + dt {
          margin-block-start: 6px;
        }
        table,
        tbody,
        tr,
        td {
          display: block;
        }
        thead {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tr {
          padding-block: 4px;
          border-block-end: 1px solid var(--_border);
        }
        td {
          border: 0;
          padding: 0 4px;
        }
        td::before {
          content: attr(data-label) ': ';
          font-weight: 600;
        }
      }
    `,
  ];

  static override properties = {
    strings: { attribute: false },
    config: { attribute: false },
    consent: { attribute: false },
    cats: { state: true },
    svcs: { state: true },
    expanded: { state: true },
    status: { state: true },
  };

  /** The UI strings; nothing renders until they are set. */
  declare strings?: Strings;
  /** Categories and services to show. */
  declare config?: ResolvedConfig;
  /** The current consent; read each time the panel opens (CJEU C-673/17 Planet49). */
  declare consent?: ConsentState;
  /** Where focus goes when the opener is gone (the banner that opened the panel hides after a choice). */
  declare fallbackFocus?: HTMLElement | null;
  declare private cats: Switches;
  declare private svcs: Switches;
  declare private expanded: Switches;
  declare private status: string;
  private views: CategoryView[] = [];
  private opener: HTMLElement | null = null;

  /** Open as a modal dialog showing the current consent; focus returns to `opener` (else the focused element) on close. */
  async show(opener?: HTMLElement | null): Promise<void> {
    this.opener = opener ?? deepActiveElement();
    this.reset();
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Close without recording anything. */
  close(): void {
    this.dialog?.close();
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return !!this.dialog?.open;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog');
  }

  private reset(): void {
    const c = this.consent;
    const on = (list: string[] | undefined, id: string) => !!c?.decided && !!list?.includes(id);
    this.views = this.config && this.strings ? categoryViews(this.config, this.strings) : [];
    this.cats = {};
    this.svcs = {};
    this.expanded = {};
    for (const v of this.views) {
      this.cats[v.id] = v.necessary || on(c?.granted, v.id);
      for (const s of v.services) this.svcs[s.id] = v.necessary || on(c?.grantedServices, s.id);
    }
  }

  override willUpdate(changed: Map<string, unknown>): void {
    // A new language re-renders the same choices in new words.
    if ((changed.has('strings') || changed.has('config')) && this.config && this.strings)
      if (this.cats) this.views = categoryViews(this.config, this.strings);
      else this.reset();
  }

  override render(): TemplateResult {
    const p = this.strings?.preferences;
    if (!p) return html``;
    const c = this.consent;
    const date = c?.lastDecision
      ? new Intl.DateTimeFormat(this.strings!.lang, { dateStyle: 'long', timeStyle: 'short' }).format(c.lastDecision)
      : '';
    return html`<dialog
        class="surface"
        part="preferences"
        aria-labelledby="t"
        @cancel=${this.onCancel}
        @close=${this.onClose}
        @click=${this.onClick}
      >
        <div class="content">
          <h2 id="t" part="title">${p.title}</h2>
          <button
            class="x"
            part="button close"
            aria-label=${p.close}
            title=${p.close}
            @click=${() => this.requestClose('close-button')}
          >
            ×
          </button>
          <p part="description">${safeText(p.description)}</p>
          ${c?.gpc.length ? html`<p part="note">${p.gpcHonoured}</p>` : nothing}
          <ul part="categories">
            ${this.views.map((v) => this.category(v))}
          </ul>
          ${
            c?.decided && c.id
              ? html`<dl class="record" part="record">
                  <dt>${p.consentId}</dt>
                  <dd>${c.id}</dd>
                  <dt>${p.decisionDate}</dt>
                  <dd>${date}</dd>
                </dl>`
              : nothing
          }
          <div class="actions" part="actions">
            <button part="button accept" @click=${() => this.decide('accept')}>${p.acceptAll}</button>
            <button part="button reject" @click=${() => this.decide('reject')}>${p.rejectAll}</button>
            <button part="button save" class="secondary" @click=${() => this.decide('save')}>${p.save}</button>
          </div>
        </div>
      </dialog>
      <div class="sr" role="status" part="status">${this.status}</div>`;
  }

  private category(v: CategoryView): TemplateResult {
    const p = this.strings!.preferences;
    const open = !!this.expanded[v.id];
    return html`<li part="category">
      <div class="row">
        <label for="c-${v.id}">${v.title}</label>
        ${v.necessary ? html`<span class="always">${p.alwaysOn}</span>` : nothing}
        <input
          type="checkbox"
          role="switch"
          part="switch"
          id="c-${v.id}"
          aria-describedby="d-${v.id}"
          .checked=${this.cats[v.id]}
          ?disabled=${v.necessary}
          @change=${(e: Event) => this.toggleCategory(v, (e.target as HTMLInputElement).checked)}
        />
      </div>
      <p id="d-${v.id}">${v.description}</p>
      ${
        v.services.length
          ? html`<button
                class="more"
                part="button details"
                aria-expanded=${open}
                aria-controls="x-${v.id}"
                @click=${() => (this.expanded = { ...this.expanded, [v.id]: !open })}
              >
                ${open ? p.hideDetails : p.showDetails}<span class="sr">: ${v.title}</span>
              </button>
              <div id="x-${v.id}" ?hidden=${!open}>${open ? v.services.map((s) => this.service(v, s)) : nothing}</div>`
          : nothing
      }
    </li>`;
  }

  private service(v: CategoryView, s: ServiceView): TemplateResult {
    const p = this.strings!.preferences;
    // Link text, not the raw URL (which wraps mid-word on a phone); ↗ marks that it opens a new tab.
    const link = (url: string | null, label: string, part: string) =>
      url
        ? html`<a part=${part} href=${url} rel="noopener" target="_blank"
            >${label}<span aria-hidden="true"> ↗</span></a
          >`
        : nothing;
    return html`<div class="svc" part="service">
      <div class="row">
        <label for="s-${s.id}">${s.name}</label>
        <input
          type="checkbox"
          role="switch"
          part="switch"
          id="s-${s.id}"
          .checked=${this.svcs[s.id]}
          ?disabled=${v.necessary}
          @change=${(e: Event) => this.toggleService(v, s, (e.target as HTMLInputElement).checked)}
        />
      </div>
      <dl>
        <dt>${p.provider}</dt>
        <dd>${s.provider}</dd>
        <dt>${p.purpose}</dt>
        <dd>${s.purpose}</dd>
        <dt>${p.country}</dt>
        <dd>${s.countries}</dd>
      </dl>
      ${
        s.privacyPolicy || s.optOut
          ? html`<p class="links">
              ${link(s.privacyPolicy, p.privacyPolicy, 'privacy-policy')}${link(s.optOut, p.optOut, 'opt-out')}
            </p>`
          : nothing
      }
      ${
        s.cookies.length
          ? html`<table part="cookies" role="table">
              <caption>
                ${p.cookies}
              </caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">${p.cookieName}</th>
                  <th scope="col" role="columnheader">${p.cookieLifetime}</th>
                  <th scope="col" role="columnheader">${p.cookiePurpose}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${s.cookies.map(
                  (k) =>
                    html`<tr role="row">
                      <td role="cell" data-label=${p.cookieName}>${k.name}</td>
                      <td role="cell" data-label=${p.cookieLifetime}>${k.lifetime}</td>
                      <td role="cell" data-label=${p.cookiePurpose}>${k.purpose}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    </div>`;
  }

  /** Turning a category on or off turns all its services with it. */
  private toggleCategory(v: CategoryView, on: boolean): void {
    this.cats = { ...this.cats, [v.id]: on };
    const svcs = { ...this.svcs };
    for (const s of v.services) svcs[s.id] = on;
    this.svcs = svcs;
  }

  /** The category switch reflects its services: on while any of them is on. */
  private toggleService(v: CategoryView, s: ServiceView, on: boolean): void {
    this.svcs = { ...this.svcs, [s.id]: on };
    this.cats = { ...this.cats, [v.id]: v.services.some((x) => this.svcs[x.id]) };
  }

  /** Exactly the switches as shown. */
  private selection(): ConsentSelection {
    const hasServices = this.views.some((v) => v.services.length);
    return {
      categories: this.views.filter((v) => this.cats[v.id]).map((v) => v.id),
      ...(hasServices && { services: { ...this.svcs } }),
    };
  }

  private async decide(decision: Decision): Promise<void> {
    this.dispatchEvent(new KeksDecisionEvent(decision, decision == 'save' ? this.selection() : undefined));
    this.close();
    // WCAG 4.1.3: a polite status message. Cleared first so a second save is announced again.
    this.status = '';
    await this.updateComplete;
    this.status = this.strings!.preferences.saved;
  }

  private requestClose(source: CloseSource): void {
    if (this.dispatchEvent(new KeksRequestCloseEvent(source))) this.close();
  }

  /** Escape asks to close; it never records consent (GDPR Recital 32). */
  private onCancel(e: Event): void {
    e.preventDefault();
    this.requestClose('keyboard');
  }

  /** A click on the backdrop (outside the dialog's box) asks to close. */
  private onClick(e: MouseEvent): void {
    const d = e.currentTarget as HTMLDialogElement;
    const r = d.getBoundingClientRect();
    if (e.target == d && (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom))
      this.requestClose('overlay');
  }

  /** Focus back to the opener, never to `<body>`. */
  private onClose(): void {
    // First, so the UI can show the banner again (the opener may be in it) before focus returns.
    this.dispatchEvent(new Event('keks-close', { bubbles: true, composed: true }));
    focusBack(this.opener, this.fallbackFocus);
  }
}

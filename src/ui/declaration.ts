import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { ConsentSelection, ConsentState } from '../api-types.js';
import type { ResolvedConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import type { CatalogueEntry } from '../services/types.js';
import { declaredCategories, type DeclaredCategory, type DeclaredService } from './declaration-model.js';
import { KeksDecisionEvent } from './events.js';
import { theme } from './theme.js';

/**
 * `<keks-declaration>`: the cookie declaration for a cookie-policy page, written from the config.
 * Per category its purpose and a section per service: provider, purpose, the countries receiving the data
 * in the page's language, policy and opt-out links, and a table of its cookies and storage keys (name,
 * type, lifetime, purpose). Shows the visitor's current state with a switch per category and service, the
 * consent id and decision date, and a button that withdraws consent (GDPR Art. 7(3), 13). Renders in full
 * for a visitor who has not decided yet. The UI wires it (`declaration-wiring.ts`): it never touches
 * cookies, it sends decisions up and receives the consent state down.
 *
 * Loaded as its own chunk once a `<keks-declaration>` is in the page.
 *
 * @fires keks-decision - `KeksDecisionEvent`: `save` with the selection after a switch changed, `reject` to withdraw.
 * @csspart declaration - the whole declaration
 * @csspart status - the visitor's current state, consent id, date and the withdraw button
 * @csspart category - one category's section
 * @csspart service - one service's section
 * @csspart cookies - a service's table of cookies and storage keys
 * @csspart switch - every switch
 * @csspart button - every button; also `withdraw`
 * @cssproperty --keks-bg / --keks-fg / --keks-accent / --keks-on-accent / --keks-border / --keks-focus
 * @cssproperty --keks-radius / --keks-space / --keks-font
 */
export class KeksDeclaration extends LitElement {
  static override styles = [
    theme,
    css`
      :host {
        display: block;
        overflow-wrap: anywhere;
        padding: var(--_space);
        background: var(--_bg);
        color: var(--_fg);
        border-radius: var(--_radius);
      }
      .sr {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      section,
      article {
        margin-block: var(--_space);
      }
      .status {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      article {
        padding-block-start: calc(var(--_space) / 2);
        border-block-start: 1px solid var(--_border);
      }
      h2,
      h3,
      h4 {
        margin: 0 0 calc(var(--_space) / 2);
        line-height: 1.3;
      }
      h3 {
        font-size: 1.0625rem;
      }
      h4 {
        font-size: 1rem;
      }
      .row {
        display: flex;
        align-items: center;
        gap: 12px;
        min-height: 32px;
        margin-block-end: calc(var(--_space) / 2);
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
      dl {
        display: grid;
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
        gap: 2px 12px;
        margin: 8px 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      table {
        width: 100%;
        table-layout: fixed;
        border-collapse: collapse;
        font-size: 0.875rem;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-block-end: 4px;
      }
      th,
      td {
        text-align: start;
        vertical-align: top;
        padding: 4px;
        border-block-end: 1px solid var(--_border);
      }
      /* Narrow screens (WCAG 1.4.10 reflow at 320 px): name and type share a line, lifetime and purpose follow. */
      @media (max-width: 30rem) {
        thead {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
        }
        tr {
          display: grid;
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          border-block-end: 1px solid var(--_border);
        }
        th,
        td {
          border: 0;
        }
        td:nth-child(4) {
          grid-column: 1 / -1;
        }
      }
      @media print {
        :host {
          color: #000;
          background: #fff;
        }
        .row,
        .actions,
        button {
          display: none !important;
        }
        .state {
          display: inline !important;
        }
        a::after {
          content: ' (' attr(href) ')';
        }
        article,
        tr {
          break-inside: avoid;
        }
        table,
        th,
        td {
          border: 1px solid #000;
        }
        .status {
          border-color: #000;
        }
      }
      .state {
        display: none;
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    strings: { attribute: false },
    config: { attribute: false },
    consent: { attribute: false },
    details: { attribute: false },
    announcement: { state: true },
  };

  /** The UI strings; nothing renders until they are set. */
  declare strings?: Strings;
  /** The resolved config: categories and services to declare. */
  declare config?: ResolvedConfig;
  /** The current consent state; the switches follow it. */
  declare consent?: ConsentState;
  /** Full catalogue entries of the services that came from the catalogue, by service id. */
  declare details?: Record<string, CatalogueEntry>;
  declare private announcement: string;

  override render(): TemplateResult {
    const s = this.strings;
    if (!s || !this.config) return html``;
    const d = s.declaration;
    const p = s.preferences;
    const c = this.consent;
    const date =
      c?.decided && c.lastDecision
        ? new Intl.DateTimeFormat(s.lang, { dateStyle: 'long', timeStyle: 'short' }).format(c.lastDecision)
        : '';
    const cats = declaredCategories(this.config, s, this.details);
    return html`<div part="declaration">
      <h2>${d.title}</h2>
      <section class="status" part="status" aria-labelledby="kd-status">
        <h3 id="kd-status">${d.status}</h3>
        ${
          c?.decided && c.id
            ? html`<dl>
                <dt>${p.consentId}</dt>
                <dd>${c.id}</dd>
                <dt>${p.decisionDate}</dt>
                <dd>${date}</dd>
              </dl>`
            : html`<p>${d.undecided}</p>`
        }
        ${
          c?.decided
            ? html`<div class="actions">
                <button part="button withdraw" @click=${this.withdraw}>${d.withdraw}</button>
              </div>`
            : nothing
        }
      </section>
      ${cats.map((v) => this.category(v))}
      <div class="sr" role="status">${this.announcement}</div>
    </div>`;
  }

  private category(v: DeclaredCategory): TemplateResult {
    const d = this.strings!.declaration;
    const on = this.granted(v.id, v.necessary);
    return html`<section part="category" aria-labelledby="kd-c-${v.id}">
      <h3 id="kd-c-${v.id}">${v.title}</h3>
      <p id="kd-cd-${v.id}">${v.description}</p>
      ${this.toggle(`kd-cs-${v.id}`, `kd-c-${v.id}`, on, v.necessary, (checked) => this.change(v.id, null, checked))}
      ${v.services.length ? v.services.map((x) => this.service(v, x)) : html`<p>${d.noServices}</p>`}
    </section>`;
  }

  private service(v: DeclaredCategory, x: DeclaredService): TemplateResult {
    const s = this.strings!;
    const d = s.declaration;
    const p = s.preferences;
    const on = v.necessary || !!this.consent?.grantedServices.includes(x.id);
    const link = (url: string | null, label: string) =>
      url
        ? html`<dt>${label}</dt>
            <dd><a href=${url} rel="noopener" target="_blank">${url}</a></dd>`
        : nothing;
    return html`<article part="service" aria-labelledby="kd-s-${x.id}">
      <h4 id="kd-s-${x.id}">${x.name}</h4>
      ${this.toggle(`kd-ss-${x.id}`, `kd-s-${x.id}`, on, v.necessary, (checked) => this.change(v.id, x.id, checked))}
      <dl>
        <dt>${p.provider}</dt>
        <dd>${x.provider}</dd>
        <dt>${p.purpose}</dt>
        <dd>${x.purpose}</dd>
        <dt>${p.country}</dt>
        <dd>${x.countries}</dd>
        ${link(x.privacyPolicy, p.privacyPolicy)} ${link(x.optOut, p.optOut)}
      </dl>
      ${
        x.rows.length
          ? html`<table part="cookies">
              <caption>
                ${d.cookiesOf.replace('{service}', x.name)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${p.cookieName}</th>
                  <th scope="col">${d.type}</th>
                  <th scope="col">${p.cookieLifetime}</th>
                  <th scope="col">${p.cookiePurpose}</th>
                </tr>
              </thead>
              <tbody>
                ${x.rows.map(
                  (r) =>
                    html`<tr>
                      <th scope="row">${r.name}</th>
                      <td>${r.type}</td>
                      <td>${r.lifetime}</td>
                      <td>${r.purpose}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${d.empty}</p>`
      }
    </article>`;
  }

  /** A labelled switch whose visible label says the state ("Allowed"), named by the heading it sits under. */
  private toggle(id: string, heading: string, on: boolean, necessary: boolean, set: (on: boolean) => void) {
    const d = this.strings!.declaration;
    const state = on ? d.allowed : d.denied;
    return html`<div class="row">
        <input
          type="checkbox"
          role="switch"
          part="switch"
          id=${id}
          aria-labelledby="${heading} ${id}-l"
          .checked=${on}
          ?disabled=${necessary}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
        />
        <label id="${id}-l" for=${id}>${necessary ? this.strings!.preferences.alwaysOn : state}</label>
      </div>
      <p class="state">${necessary ? this.strings!.preferences.alwaysOn : state}</p>`;
  }

  private granted(category: string, necessary: boolean): boolean {
    return necessary || !!this.consent?.granted.includes(category);
  }

  /**
   * The selection after one switch changed: every other choice as it is now. A category switch takes its
   * services with it (as in the preferences); a service switch is an exception to its category.
   */
  private change(category: string, service: string | null, on: boolean): void {
    const config = this.config!;
    const c = this.consent;
    const cats = new Set(c?.decided ? c.granted : []);
    const svcs: Record<string, boolean> = {};
    for (const id of Object.keys(config.services)) svcs[id] = !!(c?.decided && c.grantedServices.includes(id));
    if (service) {
      svcs[service] = on;
      const siblings = Object.entries(config.services).filter(([, s]) => s.category == category);
      if (siblings.some(([id]) => svcs[id])) cats.add(category);
      else cats.delete(category);
    } else {
      if (on) cats.add(category);
      else cats.delete(category);
      for (const [id, s] of Object.entries(config.services)) if (s.category == category) svcs[id] = on;
    }
    const selection: ConsentSelection = { categories: [...cats], services: svcs };
    this.dispatchEvent(new KeksDecisionEvent('save', selection));
    void this.announce(this.strings!.preferences.saved);
  }

  private withdraw(): void {
    this.dispatchEvent(new KeksDecisionEvent('reject'));
    void this.announce(this.strings!.declaration.withdrawn);
  }

  /** WCAG 4.1.3: a polite status message; cleared first so the same message is announced again. */
  private async announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }
}

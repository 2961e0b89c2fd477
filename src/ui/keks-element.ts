import { render, type TemplateResult } from 'lit/html.js';

/**
 * The base of the element a first visit needs (the banner): Lit's templates, shared
 * constructable stylesheets and one microtask-batched render, without LitElement's reactive
 * machinery (about 2.5 kB brotli), so the first visit stays within its 12 kB budget.
 * Elements in later chunks (preferences, floating button, placeholder) use LitElement.
 *
 * Properties are declared with {@link reactive} (re-render when set) and {@link reflect}
 * (mirrored by an attribute that the styles select on). Nothing happens in the constructor.
 */
export abstract class KeksElement extends HTMLElement {
  /** Stylesheets adopted by every instance's shadow root (they work under `style-src 'self'`). */
  static sheets: CSSStyleSheet[] = [];
  /** Attributes whose change re-renders; filled by {@link reflect}. */
  static observedAttributes: string[] = [];
  /** Resolves after the pending render, like LitElement's. */
  updateComplete: Promise<void> = Promise.resolve();
  private queued = false;

  connectedCallback(): void {
    if (!this.shadowRoot)
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = (this.constructor as typeof KeksElement).sheets;
    this.requestUpdate();
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Renders once in a microtask, however many properties changed. */
  requestUpdate(): void {
    if (this.queued) return;
    this.queued = true;
    this.updateComplete = Promise.resolve().then(() => {
      this.queued = false;
      if (!this.shadowRoot) return;
      render(this.render(), this.shadowRoot, { host: this });
      this.updated();
    });
  }

  protected abstract render(): TemplateResult;

  /** Called after each render. */
  protected updated(): void {}
}

/** Declares properties that re-render the element when set. */
export function reactive(element: typeof KeksElement, names: string[]): void {
  for (const name of names) {
    const key = Symbol(name);
    Object.defineProperty(element.prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[key];
      },
      set(this: KeksElement & Record<symbol, unknown>, value: unknown) {
        this[key] = value;
        this.requestUpdate();
      },
    });
  }
}

/** Declares properties mirrored by attributes, property name → attribute name; a trailing `?` marks a boolean. */
export function reflect(element: typeof KeksElement, props: Record<string, string>): void {
  for (const [name, spec] of Object.entries(props)) {
    const attr = spec.replace('?', '');
    element.observedAttributes = [...element.observedAttributes, attr];
    Object.defineProperty(element.prototype, name, {
      get(this: HTMLElement) {
        return spec == attr ? this.getAttribute(attr) : this.hasAttribute(attr);
      },
      set(this: HTMLElement, value: unknown) {
        if (spec == attr) this.setAttribute(attr, String(value));
        else this.toggleAttribute(attr, !!value);
      },
    });
  }
}

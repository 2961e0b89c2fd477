/**
 * The floating button for a returning visitor, without the UI: plain DOM in a shadow root that looks,
 * sits and is named like `<keks-floating-button>` (the current state in its name, GDPR Art. 7(3)), so a
 * site with `ui.floatingButton` downloads neither Lit nor a locale until the visitor uses it. Activating it
 * loads the UI and opens the preferences; the UI's own button then takes its place in the same frame
 * (ui/controller.ts replaces the `keks-fab` element), in the same spot, so nothing shifts.
 */
import type { KeksApi } from '../api-types.js';
import { resolveLanguage } from '../i18n/resolve-language.js';
import { anyText, localized } from '../localized-text.js';
import { importLabel, labelLanguages } from './labels.js';

/** The built-in categories, in the order of the label files' titles. */
const BUILT_IN = ['necessary', 'preferences', 'analytics', 'marketing'];

// The colours and focus ring of the UI's theme (ui/theme.ts), both themes: WCAG 1.4.11 ≥ 3:1 for the
// button and its focus ring; a 48 px target (WCAG 2.5.8). `r`: on the right, its home corner or, as the UI
// button does, moved away from a focused element it would cover there (WCAG 2.4.11).
const dark = '--a:var(--keks-accent,#8ab4f8);--o:var(--keks-on-accent,#0e1d36);--f:var(--keks-focus,#8ab4f8)';
const side = 'var(--keks-floating-button-side,16px)';
const CSS = `:host{--a:var(--keks-accent,#0b57d0);--o:var(--keks-on-accent,#fff);--f:var(--keks-focus,#0b57d0)}:host([theme=dark]){${dark}}@media(prefers-color-scheme:dark){:host([theme=auto]){${dark}}}button{position:fixed;bottom:var(--keks-floating-button-bottom,16px);left:${side};z-index:var(--keks-z-index,2147483000);width:48px;height:48px;padding:0;border-radius:50%;box-shadow:0 2px 8px #0005;border:2px solid var(--o);background:var(--a);color:var(--o);cursor:pointer}:host([r]) button{left:auto;right:${side}}:focus-visible{outline:3px solid var(--f);outline-offset:2px}svg{display:block;margin:auto}`;

/** The UI button's cookie icon. */
const ICON =
  'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4.5 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm3 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-7-8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z';

const svg = (tag: string, attrs: Record<string, string>): Element => {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const k in attrs) el.setAttribute(k, attrs[k]);
  return el;
};

/**
 * Shows the stand-in (once `<body>` exists), unless `skip()` says the UI has been asked for meanwhile.
 * `open` runs on activation with the stand-in's button as the opener.
 */
export async function standIn(api: KeksApi, open: (button: HTMLElement) => void, skip: () => boolean): Promise<void> {
  const { language, categories, ui } = api.getConfig()!;
  const overrides = (language.strings ?? {}) as Record<
    string,
    { floatingButton?: string; categories?: Record<string, { title?: string }> }
  >;
  const lang = resolveLanguage({
    htmlLang: document.documentElement.lang,
    force: language.force,
    default: language.default,
    available: [...labelLanguages, ...Object.keys(overrides)],
  });
  const [name, ...titles] = (await importLabel(labelLanguages.includes(lang) ? lang : 'en')).default;
  if (skip()) return;
  const own = overrides[lang] ?? {};
  // As the UI names it (ui/floating-button.ts, ui/category-title.ts): "Cookie settings: Necessary, Analytics".
  const label = (): string =>
    `${own.floatingButton ?? name}: ${api
      .getConsent()
      .granted.map(
        (id) =>
          localized(categories[id]?.title, lang) ??
          own.categories?.[id]?.title ??
          titles[BUILT_IN.indexOf(id)] ??
          (anyText(categories[id]?.title) || id),
      )
      .join(', ')}`;

  const host = document.createElement('keks-fab');
  host.lang = lang;
  host.setAttribute('theme', ui.theme);
  const right = typeof ui.floatingButton == 'object' && ui.floatingButton.position == 'bottom-right';
  let dodged = false;
  host.toggleAttribute('r', right);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  const button = document.createElement('button');
  const icon = svg('svg', {
    width: '26',
    height: '26',
    viewBox: '0 0 24 24',
    'aria-hidden': 'true',
    fill: 'currentColor',
  });
  icon.append(svg('path', { d: ICON }));
  button.append(icon);
  const rename = (): void => {
    const l = label();
    button.setAttribute('aria-label', l);
    button.title = l;
  };
  rename();
  api.on('update', rename);
  // A button fires click on Enter and Space by itself (WCAG 2.1.1).
  button.onclick = () => open(button);
  root.append(button);
  // Out of the way of a focused page element in its corner (WCAG 2.4.11), as the UI button does.
  addEventListener('focusin', () => {
    const f = document.activeElement;
    if (f == host || !f) return;
    const b = button.getBoundingClientRect();
    const r = f.getBoundingClientRect();
    const w = document.documentElement.clientWidth;
    // The box of the button's home corner: where it is now, or mirrored if it has moved.
    const [left, end] = dodged ? [w - b.right, w - b.left] : [b.left, b.right];
    dodged = left < r.right && r.left < end && b.top < r.bottom && r.top < b.bottom;
    host.toggleAttribute('r', right != dodged);
  });
  document.body.append(host);
}

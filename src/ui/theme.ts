/**
 * Design tokens shared by every Keks element. Site owners theme through the
 * documented `--keks-*` custom properties; each element maps them to a few private
 * `--_*` tokens on `:host`, so one override reaches every surface.
 *
 * Default colours meet WCAG 2.2 1.4.3 (text ≥ 4.5:1) and 1.4.11 (borders, switch
 * states and the focus ring ≥ 3:1) against the surface in both themes (WCAG 1.4.3, 1.4.11).
 */
import { css, sheet } from './css-sheet.js';

const dark = css`
  --_bg: var(--keks-bg, #1f2023);
  --_fg: var(--keks-fg, #f1f3f4);
  --_accent: var(--keks-accent, #8ab4f8);
  --_on-accent: var(--keks-on-accent, #0e1d36);
  --_border: var(--keks-border, #9aa0a6);
  --_focus: var(--keks-focus, #8ab4f8);
  color-scheme: dark;
`;

// In the CSS below (comments live here, not in the shipped string):
// - :focus-visible: a visible focus ring with ≥ 3:1 contrast on every control (WCAG 2.4.7; WCAG 2.1.1, 2.4.7).
// - button min-height/min-width: targets of at least 24×24 CSS px (WCAG 2.5.8); 44 px for comfort.
// - .secondary: outlined buttons (Preferences, Save); never Accept or Reject, which stay identical (EDPB Cookie Banner Taskforce report).
// - .surface carries no z-index: the placeholder is a surface in the page's flow and must stack like
//   ordinary content; only overlays (the banner, the floating button) set --keks-z-index themselves.
// - .x: the × in the corner of a surface; .actions: Accept and Reject share one grid row, so equal size.
export const theme = sheet(css`
  :host {
    --_bg: var(--keks-bg, #fff);
    --_fg: var(--keks-fg, #1f2328);
    --_accent: var(--keks-accent, #0b57d0);
    --_on-accent: var(--keks-on-accent, #fff);
    --_border: var(--keks-border, #6b7280);
    --_focus: var(--keks-focus, #0b57d0);
    --_radius: var(--keks-radius, 12px);
    --_space: var(--keks-space, 16px);
    color-scheme: light;
    font: 1rem/1.5 var(--keks-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  .surface {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 24px #0004;
  }
  h2 {
    font-size: 1.125rem;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) / 2);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 16px;
    border-radius: calc(var(--_radius) / 2);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .secondary {
    background: transparent;
    color: var(--_fg);
    border-color: var(--_border);
  }
  .x {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    padding: 0;
    border-color: transparent;
    background: transparent;
    color: var(--_fg);
    font-size: 1.5rem;
    line-height: 1;
  }
  .actions {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .actions > :nth-child(3) {
    grid-column: 1 / -1;
  }
  @media (prefers-reduced-motion: no-preference) {
    .surface {
      animation: keks-in 0.2s ease-out;
    }
  }
  @keyframes keks-in {
    from {
      opacity: 0;
      translate: 0 8px;
    }
  }
`);

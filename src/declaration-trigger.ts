/**
 * A cookie-policy page with `<keks-declaration>` needs the UI even for a returning visitor who decided
 * long ago: once the document is parsed, load it when the element is there. Every other page of a
 * returning visitor still loads no UI.
 */
export function whenDeclared(load: () => void): void {
  const check = (): void => void (document.querySelector('keks-declaration') && load());
  if (document.readyState == 'loading') addEventListener('DOMContentLoaded', check, { once: true });
  else check();
}

/**
 * Trusted Types (W3C Trusted Types, `require-trusted-types-for 'script'`): the gate hands script
 * text and script URLs to the browser when it releases a held script, and a page that enforces
 * Trusted Types refuses plain strings there. Keks's own policy, named {@link POLICY_NAME}, wraps
 * exactly those values and nothing else: it lives in this module, is created on the first release
 * that needs it, and no other code can reach it. A page that lists allowed policy names
 * (`trusted-types …`) must add `keks`; without it that release fails and is reported, and
 * consent itself is still saved.
 */

/** The policy name to allow in a `trusted-types` CSP directive. */
export const POLICY_NAME = 'keks';

interface Policy {
  createScript(s: string): unknown;
  createScriptURL(s: string): unknown;
}

let policy: Policy | null | undefined;

function get(): Policy | null {
  if (policy === undefined) {
    policy = null;
    try {
      const tt = (window as { trustedTypes?: { createPolicy(n: string, r: object): Policy } }).trustedTypes;
      // Identity rules: the gate only releases what the page's own markup or scripts asked for.
      if (tt)
        policy = tt.createPolicy(POLICY_NAME, { createScript: (s: string) => s, createScriptURL: (s: string) => s });
    } catch {
      // The page's `trusted-types` directive does not allow the name: strings go on, the browser refuses them.
    }
  }
  return policy;
}

/**
 * The value to give a released `<script>`'s attribute `name` (or its text, for `name` `text`):
 * a TrustedScriptURL for `src` (and SVG `href`), a TrustedScript for its text and `on…` handlers, else the string.
 */
export function trusted(name: string, value: string): string {
  const p = /^(src|href|text|on.*)$/.test(name) && get();
  return (p ? (/^(src|href)$/.test(name) ? p.createScriptURL(value) : p.createScript(value)) : value) as string;
}

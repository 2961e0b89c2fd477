/**
 * Accessibility checks with axe-core in a playwright page (WCAG 2.0/2.1 A and AA, 2.2 AA).
 *
 * axe is injected with `page.evaluate` of its source, which runs through the DevTools protocol and is not
 * subject to the page's Content-Security-Policy, so this works on pages served with the strict CSP
 * (`addScriptTag` with inline content would be blocked there) and needs no `bypassCSP` context.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;

/** The WCAG levels checked: everything up to WCAG 2.2 AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

export interface AxeOptions {
  /** CSS selector (or axe context) to check; default the whole document. Shadow DOM is included. */
  include?: string | unknown;
  /** Rule ids to disable, each needs a reason in the test. */
  disableRules?: string[];
  /** Also check inside iframes (needs axe in every frame; off by default to avoid axe's frame timeout). */
  iframes?: boolean;
}

/** Run axe in the page and return the violations (empty means it passed). */
export async function runAxe(page: Page, opts: AxeOptions = {}): Promise<AxeViolation[]> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!has) await page.evaluate(source);
  return page.evaluate(
    async ({ include, tags, disable, iframes }) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
      ).axe;
      const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
      const result = await axe.run(include ?? document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        iframes,
        resultTypes: ['violations'],
      });
      return result.violations as never;
    },
    { include: opts.include, tags: WCAG_TAGS, disable: opts.disableRules ?? [], iframes: opts.iframes ?? false },
  );
}

/** Readable one-line-per-node summary for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}`).join('\n')}`,
    )
    .join('\n');
}

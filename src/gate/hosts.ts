/**
 * Automatic blocking by host: which configured service a URL belongs to.
 * A pattern `example.com` matches `example.com` and every subdomain (`www.example.com`),
 * never `badexample.com`.
 */
import type { ResolvedConfig } from '../config.js';

/** `[pattern, service id]`, patterns lowercased, a leading `*.` or `.` dropped. */
export type HostRule = [string, string];

/** Every host pattern of every configured service. */
export function hostRules(config: ResolvedConfig): HostRule[] {
  const rules: HostRule[] = [];
  for (const id in config.services)
    for (const h of config.services[id].hosts || []) rules.push([h.toLowerCase().replace(/^\*?\./, ''), id]);
  return rules;
}

/** The service whose pattern matches `url` (resolved against the page, like the browser would), if any. */
export function serviceOf(rules: HostRule[], url: unknown): string | undefined {
  let h: string;
  try {
    h = new URL(String(url), document.baseURI).hostname;
  } catch {
    return;
  }
  for (const [p, id] of rules) if (h == p || h.endsWith('.' + p)) return id;
}

/** Cheap pre-check for HTML strings: does the text mention any pattern at all? */
export function mentionsHost(rules: HostRule[], text: string): boolean {
  text = text.toLowerCase();
  return rules.some(([p]) => text.includes(p));
}

/**
 * Checks `services.<id>.from`: the catalogue entry must exist and be loaded, and its suggested category
 * must be one the config has (or the service overrides it). Kept out of `validate.ts`, which only calls it.
 */
import { DEV } from '../dev.js';
import { distance } from '../did-you-mean.js';
import { catalogueHosts } from './registry.js';
import { CATALOGUE_IDS } from './ids.js';

type Report = (path: string, message: string, fix: string | false) => void;

/** Closest catalogue id, for "did you mean" (development build and Node only). */
export function closestId(id: string, known: readonly string[] = CATALOGUE_IDS): string | undefined {
  const k = id.toLowerCase().replace(/[\s_]+/g, '-');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const x of known) {
    const score = x.includes(k) || k.includes(x) ? 1 : distance(k, x);
    if (score < bestScore) {
      best = x;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(2, k.length / 3) ? best : undefined;
}

/** The schema check for one `from` value. */
export function checkFrom(v: unknown, p: string, report: Report): void {
  if (catalogueHosts(v)) return;
  if (typeof v != 'string') {
    report(p, 'must be a catalogue id', DEV && `Write ${p}: "google-analytics", or pass an entry from keks/services.`);
    return;
  }
  if (DEV && !CATALOGUE_IDS.includes(v)) {
    const hit = closestId(v);
    report(
      p,
      `is no catalogue id "${v}"` + (hit ? `; did you mean "${hit}"?` : ''),
      `Use an id from \`npx keks catalog\`${hit ? `, e.g. "${hit}"` : ''}.`,
    );
    return;
  }
  report(
    p,
    `"${v}" is not loaded`,
    DEV &&
      `Script tag: add <script src=".../services/${v}.js"></script> before keks.js. npm: import { ${v.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())} } from 'keks/services' and pass it as from.`,
  );
}

/** Every `from` service's category (the entry's, unless overridden) must be a configured category. */
export function checkFromCategories(
  services: Record<string, unknown>,
  categories: readonly string[],
  report: Report,
): void {
  for (const id in services) {
    const s = services[id] as { from?: unknown; category?: unknown } | null;
    if (!s || typeof s != 'object' || s.category !== undefined) continue;
    const e = catalogueHosts(s.from);
    if (e && !categories.includes(e.category))
      report(
        `services.${id}.category`,
        `names no category "${e.category}"`,
        DEV &&
          `Catalogue entry "${e.id}" suggests category "${e.category}", which config.categories lacks: add category: one of ${categories.join(', ')}.`,
      );
  }
}

/**
 * One service: a plain one goes to `check` (validate.ts's schema); one with `from` has its `from`
 * checked here and its other fields by `check`, without "is required" (the entry supplies those).
 */
export function checkService(
  v: unknown,
  p: string,
  check: (v: unknown, p: string) => unknown,
  report: Report,
  problems: { path: string; message: string }[],
): void {
  if (!v || typeof v != 'object' || (v as { from?: unknown }).from === undefined) {
    check(v, p);
    return;
  }
  const { from, ...own } = v as { from: unknown };
  checkFrom(from, p + '.from', report);
  const before = problems.length;
  check(own, p);
  for (let i = problems.length - 1; i >= before; i--) if (problems[i].message == 'is required') problems.splice(i, 1);
}

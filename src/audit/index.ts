/**
 * The dev-mode audit (`debug: true`, and always in `keks.dev.js` and npm development builds): once per page
 * view, after the page has settled, one grouped console report of undeclared cookies and storage keys,
 * requests to known tracker hosts that no service covers, anything denied that ran anyway, and services
 * never seen. A lazy chunk (`keks-audit.js`); the catalogue and the Open Cookie Database live only here.
 * The findings (with the whole catalogue) are imported once the page has settled, not with this module: an
 * app's bundler lists a lazily imported module's static imports in the app's entry to preload them, and the
 * catalogue is over a hundred files that a production page without `debug` never loads.
 */
import type { KeksApi } from '../api-types.js';
import type { Findings, PageSnapshot } from './findings.js';
import { printReport } from './report.js';

/** Quiet time without new resource requests that counts as "settled", and the longest wait. */
const QUIET_MS = 1500;
const MAX_MS = 15000;

const keys = (s: () => Storage): string[] => {
  try {
    const st = s();
    return Array.from({ length: st.length }, (_, i) => st.key(i)!).filter(Boolean);
  } catch {
    return []; // storage blocked: nothing to audit there
  }
};

/** What the page holds and fetched right now. */
export function snapshot(api: KeksApi, requests: string[]): PageSnapshot {
  const c = api.getConsent();
  return {
    cookies: document.cookie
      .split(';')
      .map((p) => p.split('=')[0].trim())
      .filter(Boolean),
    localStorage: keys(() => localStorage),
    sessionStorage: keys(() => sessionStorage),
    requests,
    granted: c.granted,
    grantedServices: c.grantedServices,
  };
}

/** Waits for `load`, then for QUIET_MS without a new resource entry (at most MAX_MS), then audits once. */
export function startAudit(api: KeksApi): Promise<Findings> {
  const requests: string[] = [];
  let last = Date.now();
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) requests.push(e.name);
    last = Date.now();
  });
  observer.observe({ type: 'resource', buffered: true });
  const loaded = new Promise<void>((r) =>
    document.readyState == 'complete' ? r() : addEventListener('load', () => r(), { once: true }),
  );
  return loaded
    .then(
      () =>
        new Promise<void>((resolve) => {
          const start = Date.now();
          const tick = () =>
            Date.now() - last >= QUIET_MS || Date.now() - start >= MAX_MS ? resolve() : setTimeout(tick, 250);
          tick();
        }),
    )
    .then(() => import('./findings.js'))
    .then(({ auditFindings }) => {
      for (const e of observer.takeRecords()) requests.push(e.name);
      observer.disconnect();
      const config = api.getConfig()!;
      const findings = auditFindings(config, snapshot(api, requests));
      printReport(findings);
      return findings;
    });
}

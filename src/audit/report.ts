/** Prints the audit's findings as one grouped console report. */
import type { Findings } from './findings.js';

/** Number of findings that need action (never-seen services are only informational). */
export const findingCount = (f: Findings): number => f.undeclared.length + f.unconfigured.length + f.leaks.length;

export function printReport(
  f: Findings,
  log: Pick<Console, 'groupCollapsed' | 'group' | 'groupEnd' | 'warn' | 'info' | 'error'> = console,
): void {
  const n = findingCount(f);
  if (!n) {
    log.info('keks audit: nothing to report (every cookie, storage key and tracker request is declared).');
    if (f.unseen.length) log.info(`keks audit: configured but not seen on this page: ${f.unseen.join(', ')}`);
    return;
  }
  log.groupCollapsed(`keks audit: ${n} finding${n == 1 ? '' : 's'} on this page`);
  const section = (title: string, lines: string[], level: 'warn' | 'info' | 'error') => {
    if (!lines.length) return;
    log.group(title);
    for (const l of lines) log[level](l);
    log.groupEnd();
  };
  section(
    'Undeclared cookies and storage keys',
    f.undeclared.map((u) => `keks audit: undeclared ${u.kind} ${u.name}: ${u.suggestion}`),
    'warn',
  );
  section(
    'Requests to known tracker hosts no configured service covers',
    f.unconfigured.map((u) => `keks audit: unconfigured tracker host ${u.host} (${u.url}): ${u.suggestion}`),
    'warn',
  );
  section(
    'Denied but ran or requested anyway',
    f.leaks.map((l) => `keks audit: leak: ${l.service} (${l.category}, denied): ${l.what}`),
    'error',
  );
  section('Configured but not seen on this page', f.unseen.length ? [f.unseen.join(', ')] : [], 'info');
  log.groupEnd();
}

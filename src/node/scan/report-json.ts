/** `report.json`: the whole scan in one document (shape: `report-types.ts`, schema: `schemas/scan-report.schema.json`). */
import type { KeksConfig } from '../../config.js';
import type { ScanOptions } from './args.js';
import type { Findings } from './findings.js';
import type { PageScan } from './phases.js';
import type { Phase, PhaseRecords, ScanReport } from './report-types.js';

/** The schema's `$id` (a name, not a download address: the schema ships in the package). */
export const SCHEMA_ID = 'urn:keks:scan-report:1';

export interface ReportInput {
  options: ScanOptions;
  version: string;
  startedAt: Date;
  finishedAt: Date;
  scans: readonly PageScan[];
  findings: Findings;
  draft: KeksConfig;
  /** Messages that belong to no page (sitemap entries skipped, …). */
  messages: readonly string[];
}

/** 2 when the start page could not be scanned; 1 on any leak; 2 when a page failed or was incomplete; else 0. */
export function exitCodeOf(scans: readonly PageScan[], findings: Findings, startUrl: string): 0 | 1 | 2 {
  const start = scans.find((s) => s.report.url == startUrl);
  if (!start || start.report.status == 'error') return 2;
  if (findings.leaks.length) return 1;
  return scans.some((s) => s.report.status != 'ok') ? 2 : 0;
}

export function buildReport(input: ReportInput): ScanReport {
  const { options, scans, findings } = input;
  const phases: Record<Phase, PhaseRecords> = {
    before: { requests: [], cookies: [], storage: [], frames: [] },
    reject: { requests: [], cookies: [], storage: [], frames: [] },
    accept: { requests: [], cookies: [], storage: [], frames: [] },
  };
  for (const scan of scans)
    for (const [phase, records] of Object.entries(scan.records) as [Phase, PhaseRecords][])
      for (const key of ['requests', 'cookies', 'storage', 'frames'] as const)
        (phases[phase][key] as unknown[]).push(...records[key]);

  const notes: string[] = [];
  const ok = scans.filter((s) => s.report.status != 'error');
  const withKeks = ok.filter((s) => s.report.keks);
  if (ok.length && !withKeks.length)
    notes.push(
      'Keks was not found on any page, so only "before" and "accept as is" were visited: everything a page loads ' +
        'before consent counts as a leak. Load keks-config.json with Keks, then scan again to prove nothing leaks.',
    );
  else if (withKeks.length < ok.length)
    notes.push(
      `Keks was not found on ${ok.length - withKeks.length} of ${ok.length} pages: ` +
        ok
          .filter((s) => !s.report.keks)
          .map((s) => s.report.url)
          .join(', '),
    );
  const failed = scans.filter((s) => s.report.status == 'error');
  if (failed.length)
    notes.push(`${failed.length} page(s) could not be scanned: ${failed.map((s) => s.report.url).join(', ')}`);
  const partly = scans.filter((s) => s.report.status == 'incomplete');
  if (partly.length)
    notes.push(
      `${partly.length} page(s) were scanned only in part (see their messages): ${partly.map((s) => s.report.url).join(', ')}`,
    );
  notes.push(...input.messages);

  return {
    $schema: SCHEMA_ID,
    tool: { name: 'keks scan', version: input.version },
    url: options.url,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    options: { maxPages: options.maxPages, concurrency: options.concurrency, pageTimeoutMs: options.pageTimeoutMs },
    keks: withKeks.length > 0,
    pages: scans.map((s) => s.report),
    phases,
    leaks: findings.leaks,
    services: findings.services,
    unknown: findings.unknown,
    notes,
    draft: input.draft,
    exitCode: exitCodeOf(scans, findings, options.url),
  };
}

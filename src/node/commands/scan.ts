/**
 * `npx keks scan <url>`: visits a site before a decision, after "Reject all" and after "Accept all", finds
 * every tracker, drafts a Keks config for them and proves (exit code 0) that nothing leaks. See README
 * "Scan your site".
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stderr, stdout } from 'node:process';
import { formatProblems, validate } from '../../validate.js';
import { VERSION } from '../../version.js';
import { USAGE, parseScanArgs, type ScanOptions } from '../scan/args.js';
import { ScanSetupError, firstLine, launchChromium } from '../scan/chromium.js';
import { loadKnowledge } from '../scan/catalogue.js';
import { crawl } from '../scan/crawl.js';
import { draftConfig } from '../scan/draft-config.js';
import { analyse } from '../scan/findings.js';
import { createMatcher } from '../scan/match.js';
import { Progress } from '../scan/progress.js';
import { buildReport } from '../scan/report-json.js';
import { renderMarkdown } from '../scan/report-md.js';

export async function run(args: string[]): Promise<number> {
  let options: ScanOptions | null;
  try {
    options = parseScanArgs(args);
  } catch (error) {
    stderr.write(`keks scan: ${firstLine(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    stdout.write(USAGE);
    return 0;
  }
  const progress = new Progress(stderr);
  const startedAt = new Date();
  let browser;
  try {
    browser = await launchChromium(options);
  } catch (error) {
    stderr.write(`keks scan: ${error instanceof ScanSetupError ? error.message : firstLine(error)}\n`);
    return 2;
  }
  const messages: string[] = [];
  try {
    const knowledge = await loadKnowledge();
    const scans = await crawl(browser, options, {
      queued: (total) => progress.queued(total),
      phase: (url, phase) => progress.phase(url, phase),
      done: (scan) => progress.pageDone(scan.report.url, scan.report.messages),
      message: (text) => {
        messages.push(text);
        progress.message(text);
      },
    });
    const findings = analyse(scans, createMatcher(knowledge.entries, knowledge.lookup));
    const draft = draftConfig(findings, scans, knowledge.entries);
    const problems = validate(draft).filter((p) => p.level == 'error');
    if (problems.length) messages.push(`The draft config needs fixing before use: ${formatProblems(problems)}`);
    const report = buildReport({
      options,
      version: VERSION,
      startedAt,
      finishedAt: new Date(),
      scans,
      findings,
      draft,
      messages,
    });

    const dir = resolve(options.out);
    await mkdir(dir, { recursive: true });
    const jsonPath = resolve(dir, 'report.json');
    await writeFile(jsonPath, JSON.stringify(report, null, 2) + '\n');
    await writeFile(resolve(dir, 'report.md'), renderMarkdown(report));
    await writeFile(resolve(dir, 'keks-config.json'), JSON.stringify(draft, null, 2) + '\n');
    progress.clear();

    if (options.json) stdout.write(jsonPath + '\n');
    else {
      const start = report.pages.find((p) => p.url == options.url);
      if (start?.status == 'error')
        stderr.write(`keks scan: the site could not be scanned: ${start.messages.join('; ')}\n`);
      stderr.write(
        `keks scan: ${report.pages.length} page(s), ${report.services.length} service(s), ` +
          `${report.unknown.length} item(s) to review, ${report.leaks.length} leak(s).\n`,
      );
      for (const leak of report.leaks.slice(0, 20))
        stderr.write(`  leak (${leak.phase}): ${leak.kind} ${leak.name ?? leak.url} on ${leak.page}\n`);
      if (report.leaks.length > 20) stderr.write(`  … and ${report.leaks.length - 20} more in report.md\n`);
      stdout.write(
        `Report: ${resolve(dir, 'report.md')}\nJSON: ${jsonPath}\nDraft config: ${resolve(dir, 'keks-config.json')}\n`,
      );
    }
    return report.exitCode;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

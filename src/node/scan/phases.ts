/**
 * One page, visited once per phase, each time in a fresh browser context (empty cookie jar and storage):
 * - before: load, let the network settle, scroll once; nothing is clicked;
 * - reject / accept: load, decide through `window.Keks.rejectAll()` / `acceptAll()` (the page's own API,
 *   so no banner markup has to be guessed), wait for the decision to be stored, reload, settle, scroll.
 * A page without Keks gets `before` and `accept` as is (the same visit again: there is nothing to decide).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ScanOptions } from './args.js';
import { firstLine } from './chromium.js';
import { Recorder } from './record.js';
import type { CategoryConfig, ServiceConfig } from '../../config.js';
import type { PageReport, Phase, PhaseRecords } from './report-types.js';

/** A service the page's own Keks config declares. */
export interface SiteService {
  id: string;
  /** Its category is a necessary one (always granted). */
  necessary: boolean;
  config: ServiceConfig;
}

/** What Keks on the page says about itself (read once, in the first phase). */
export interface SiteKeks {
  cookieName: string;
  /** Directory Keks loads its own chunks from (its UI, locales): those requests are Keks itself. */
  assetBase?: string;
  categories: Record<string, CategoryConfig>;
  services: SiteService[];
}

export interface PageScan {
  report: PageReport;
  records: Partial<Record<Phase, PhaseRecords>>;
  /** Links found in the first visit (absolute URLs), for the crawl. */
  links: string[];
  keks?: SiteKeks;
}

/** Milliseconds without network traffic that count as "settled" (the usual definition, as in playwright). */
const QUIET_MS = 500;

/** Readable text for a navigation failure. */
export function explainNavigationError(error: unknown, timeoutMs: number): string {
  const text = firstLine(error);
  if (/ERR_TOO_MANY_REDIRECTS/.test(text)) return 'redirect loop (too many redirects)';
  if (/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED/.test(text)) return 'the host name does not resolve';
  if (
    /ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|ERR_CONNECTION_CLOSED|ERR_EMPTY_RESPONSE|ERR_ADDRESS_UNREACHABLE/.test(
      text,
    )
  )
    return `the site does not answer (${text.match(/net::\w+/)?.[0] ?? text})`;
  if (/Download is starting/i.test(text)) return 'the URL is a download, not a page';
  if (/Timeout|timed out/i.test(text)) return `did not load within ${timeoutMs / 1000} s`;
  if (/ERR_CERT|SSL/i.test(text))
    return `certificate error (${text.match(/net::\w+/)?.[0] ?? text}); use --ignore-https-errors for a self-signed certificate`;
  return text;
}

class PhaseTimeout extends Error {}

/** Run `work`, but give up after `ms` (closing the context aborts whatever still waits). */
async function withDeadline<T>(ms: number, work: () => Promise<T>, onTimeout: () => Promise<void>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new PhaseTimeout()), ms);
  });
  try {
    return await Promise.race([work(), deadline]);
  } catch (error) {
    if (error instanceof PhaseTimeout) await onTimeout();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function settle(visit: Visit, timeoutMs: number, messages: string[], label: string): Promise<boolean> {
  const settled = await visit.recorder.quiet(QUIET_MS, timeoutMs);
  if (!settled) {
    // Said once per phase: the second wait (after scrolling) would only repeat it.
    if (!messages.some((m) => m.startsWith(`${label}: the page never settled`)))
      messages.push(
        `${label}: the page never settled (network still busy after ${timeoutMs / 1000} s); recorded what it did so far`,
      );
  }
  return settled;
}

async function scrollOnce(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)).catch(() => undefined);
}

/** Keks on the page, initialised: its cookie name, categories and services as resolved by `getConfig()`. */
async function readKeks(page: Page): Promise<SiteKeks | undefined> {
  const found = await page
    .evaluate(() => {
      type Cfg = {
        cookie: { name: string };
        uiUrl?: string;
        categories: SiteKeks['categories'];
        services: Record<string, ServiceConfig>;
      };
      const keks = (window as { Keks?: { getConfig?: () => Cfg | null; rejectAll?: unknown } }).Keks;
      const cfg = keks && typeof keks.rejectAll == 'function' && keks.getConfig ? keks.getConfig() : null;
      // A JSON round trip keeps only plain data (the config may hold functions or class instances).
      return cfg
        ? (JSON.parse(
            JSON.stringify({
              cookieName: cfg.cookie.name,
              uiUrl: cfg.uiUrl,
              categories: cfg.categories,
              services: cfg.services,
            }),
          ) as {
            cookieName: string;
            uiUrl?: string;
            categories: SiteKeks['categories'];
            services: Record<string, ServiceConfig>;
          })
        : undefined;
    })
    .catch(() => undefined);
  if (!found) return undefined;
  return {
    cookieName: found.cookieName,
    assetBase: found.uiUrl ? new URL('.', found.uiUrl).href : undefined,
    categories: found.categories,
    services: Object.entries(found.services).map(([id, config]) => ({
      id,
      necessary: !!found.categories[config.category]?.necessary,
      config,
    })),
  };
}

interface Visit {
  context: BrowserContext;
  page: Page;
  recorder: Recorder;
}

async function open(
  browser: Browser,
  options: ScanOptions,
  phase: Phase,
  url: string,
  messages: string[],
): Promise<Visit> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: options.ignoreHttpsErrors,
    acceptDownloads: false,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const recorder = new Recorder(phase, url);
  await recorder.attach(context, page);
  // Popups and downloads are reported and stopped; dialogs are dismissed so the page cannot hang on them.
  context.on('page', (popup) => {
    if (popup == page) return;
    messages.push(`${phase}: the page opened a popup (${popup.url() || 'about:blank'}); closed it`);
    void popup.close().catch(() => undefined);
  });
  page.on('download', (download) => {
    // The page URL itself being a download is reported once, by the failed navigation.
    if (download.url() == url) return void download.cancel().catch(() => undefined);
    messages.push(`${phase}: the page started a download (${download.url()}); cancelled it`);
    void download.cancel().catch(() => undefined);
  });
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  return { context, page, recorder };
}

/** Open the page; throws on a navigation failure. */
async function navigate(
  visit: Visit,
  url: string,
  options: ScanOptions,
  messages: string[],
  phase: Phase,
): Promise<void> {
  const response = await visit.page.goto(url, { waitUntil: 'load', timeout: options.pageTimeoutMs });
  if (response && response.status() >= 400) messages.push(`${phase}: the page answered HTTP ${response.status()}`);
}

/**
 * Let the network settle, scroll once (lazy content), settle again. The second quiet window starts after the
 * scroll, so what the scroll starts loading within it is waited for.
 */
async function settleAndScroll(visit: Visit, options: ScanOptions, messages: string[], phase: Phase): Promise<void> {
  const settled = await settle(visit, options.pageTimeoutMs, messages, phase);
  await scrollOnce(visit.page);
  // A page that never went quiet will not now: waiting the full time again would only slow the scan.
  if (settled) await settle(visit, options.pageTimeoutMs, messages, phase);
}

/** The decision is written (possibly by a lazily loaded chunk) when the consent cookie appears. */
async function decide(visit: Visit, phase: 'reject' | 'accept', keks: SiteKeks, options: ScanOptions): Promise<void> {
  await visit.page.evaluate((p) => {
    const k = (window as unknown as { Keks: { rejectAll(): void; acceptAll(): void } }).Keks;
    if (p == 'reject') k.rejectAll();
    else k.acceptAll();
  }, phase);
  await visit.page.waitForFunction(
    (name) => document.cookie.split(/;\s*/).some((c) => c.startsWith(name + '=')),
    keks.cookieName,
    { timeout: options.pageTimeoutMs, polling: 100 },
  );
}

/** Visit one page in every phase that applies. Never throws: failures become messages. */
export async function scanPage(
  browser: Browser,
  url: string,
  options: ScanOptions,
  onPhase: (phase: Phase) => void = () => {},
): Promise<PageScan> {
  const messages: string[] = [];
  const report: PageReport = { url, status: 'ok', keks: false, phases: [], messages };
  const records: PageScan['records'] = {};
  let links: string[] = [];
  let keks: SiteKeks | undefined;

  const runPhase = async (phase: Phase): Promise<boolean> => {
    onPhase(phase);
    const visit = await open(browser, options, phase, url, messages);
    try {
      // Load, decide and reload each get the page time limit; the deadline covers a page that hangs in between.
      await withDeadline(
        options.pageTimeoutMs * 4,
        async () => {
          await navigate(visit, url, options, messages, phase);
          if (phase == 'before' || !keks) {
            await settleAndScroll(visit, options, messages, phase);
            if (phase == 'before') {
              report.finalUrl = visit.page.url();
              keks = await readKeks(visit.page);
              links = await visit.page
                .$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
                .catch(() => []);
            }
          } else {
            // Keks runs synchronously in <head>, so it can decide once the page has loaded. Only what happens
            // from the decision on belongs to this phase.
            visit.recorder.reset();
            await decide(visit, phase, keks, options);
            await visit.page.reload({ waitUntil: 'load', timeout: options.pageTimeoutMs });
            await settleAndScroll(visit, options, messages, phase);
          }
          records[phase] = await visit.recorder.snapshot(visit.context, visit.page);
        },
        () => visit.context.close().catch(() => undefined),
      );
      report.phases.push(phase);
      return true;
    } catch (error) {
      const why =
        error instanceof PhaseTimeout
          ? `did not finish within ${(options.pageTimeoutMs * 4) / 1000} s`
          : explainNavigationError(error, options.pageTimeoutMs);
      messages.push(`${phase}: ${why}`);
      if (phase != 'before') report.status = 'incomplete';
      return false;
    } finally {
      await visit.context.close().catch(() => undefined);
    }
  };

  if (!(await runPhase('before'))) {
    report.status = 'error';
    return { report, records, links };
  }
  report.keks = !!keks;
  if (keks) await runPhase('reject');
  await runPhase('accept');
  if (messages.some((m) => /never settled/.test(m))) report.status = 'incomplete';
  return { report, records, links, keks };
}

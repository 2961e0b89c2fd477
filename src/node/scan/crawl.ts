/**
 * The crawl: the start page, then same-site links found on each page and the URLs in sitemap.xml, up to
 * `--max-pages`, at most `--concurrency` pages at once. A page that fails is reported and the crawl goes on.
 */
import type { Browser } from 'playwright-core';
import type { ScanOptions } from './args.js';
import { firstLine } from './chromium.js';
import { scanPage, type PageScan } from './phases.js';
import type { Phase } from './report-types.js';
import { hostOf, sameSite } from './site.js';
import { readSitemap } from './sitemap.js';

/** Links to files, not pages: never worth three browser visits. */
const NOT_A_PAGE =
  /\.(pdf|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|webm|mov|avi|wav|ogg|docx?|xlsx?|pptx?|csv|xml|json|txt|woff2?|ttf|css|js)$/i;

export interface CrawlEvents {
  /** A page was queued; `total` is the number queued so far. */
  queued(total: number): void;
  /** A page started a phase. */
  phase(url: string, phase: Phase): void;
  /** A page is done. */
  done(scan: PageScan): void;
  /** Something worth telling the user that belongs to no page. */
  message(text: string): void;
}

/** Canonical form for "seen before": no fragment. */
const canonical = (url: string): string => {
  const u = new URL(url);
  u.hash = '';
  return u.href;
};

export async function crawl(browser: Browser, options: ScanOptions, events: CrawlEvents): Promise<PageScan[]> {
  const startHost = hostOf(options.url);
  const queue: string[] = [];
  const order = new Map<string, number>();
  const add = (raw: string, from: string): void => {
    let url: string;
    try {
      url = canonical(raw);
    } catch {
      return;
    }
    if (order.has(url) || order.size >= options.maxPages) return;
    if (!/^https?:/.test(url)) {
      if (from == 'sitemap.xml') events.message(`sitemap.xml lists ${url}, which is not an http(s) URL; skipped`);
      return;
    }
    if (!sameSite(url, startHost) || NOT_A_PAGE.test(new URL(url).pathname)) return;
    order.set(url, order.size);
    queue.push(url);
    events.queued(order.size);
  };
  add(options.url, 'start');
  if (options.maxPages > 1)
    for (const url of await readSitemap(browser, options.url, options, options.maxPages)) add(url, 'sitemap.xml');

  const scans: PageScan[] = [];
  await new Promise<void>((finish) => {
    let active = 0;
    const pump = (): void => {
      while (active < options.concurrency && queue.length) {
        const url = queue.shift()!;
        active++;
        scanPage(browser, url, options, (phase) => events.phase(url, phase))
          .catch((error: unknown): PageScan => ({
            report: { url, status: 'error', keks: false, phases: [], messages: [firstLine(error)] },
            records: {},
            links: [],
          }))
          .then((scan) => {
            scans.push(scan);
            for (const link of scan.links) add(link, url);
            events.done(scan);
          })
          .finally(() => {
            active--;
            if (!queue.length && !active) finish();
            else pump();
          });
      }
    };
    pump();
  });
  return scans.sort((a, b) => order.get(a.report.url)! - order.get(b.report.url)!);
}

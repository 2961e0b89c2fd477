/**
 * `sitemap.xml` (sitemaps.org protocol): the `<loc>` of each `<url>`, following one level of sitemap index.
 * Fetched through the browser so the user's resolver rules and certificate choice apply to it too.
 */
import type { Browser } from 'playwright-core';
import type { ScanOptions } from './args.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every `<loc>` value in a sitemap or sitemap index, with XML entities decoded. */
export function sitemapLocations(xml: string): { index: boolean; locations: string[] } {
  const locations = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/gi)].map((m) =>
    m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]),
  );
  return { index: /<sitemapindex[\s>]/i.test(xml), locations };
}

/** URLs listed in `<origin>/sitemap.xml` (and the sitemaps an index names); empty when there is none. */
export async function readSitemap(
  browser: Browser,
  origin: string,
  options: ScanOptions,
  limit: number,
): Promise<string[]> {
  const context = await browser.newContext({ ignoreHTTPSErrors: options.ignoreHttpsErrors, acceptDownloads: false });
  const fetchText = async (url: string): Promise<string | undefined> => {
    // context.request would go through Node's network stack and ignore --host-resolver-rules; a page does not.
    const page = await context.newPage();
    try {
      const response = await page.goto(url, { timeout: options.pageTimeoutMs });
      return response && response.ok() ? await response.text() : undefined;
    } catch {
      return undefined;
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  try {
    const top = await fetchText(new URL('/sitemap.xml', origin).href);
    if (!top) return [];
    const { index, locations } = sitemapLocations(top);
    if (!index) return locations.slice(0, limit);
    const pages: string[] = [];
    for (const child of locations.slice(0, 10)) {
      const xml = await fetchText(child);
      if (xml) pages.push(...sitemapLocations(xml).locations);
      if (pages.length >= limit) break;
    }
    return pages.slice(0, limit);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Chromium through playwright-core, with the flags this machine needs (TOOLCHAIN.md) and every `*.test`
 * host name resolved to the local test server. See ./README.md.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Cookie,
  type Page,
} from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../src/node/scan/chromium';
import type { LoggedRequest, TestServer } from './server';

/** Flags for Debian's Chromium run as root in a closed network (TOOLCHAIN.md "Browser"): the scanner's. */
export const chromiumArgs: readonly string[] = CHROMIUM_FLAGS;

export interface LaunchOptions {
  /**
   * Port of the test server. When given, every `*.test` host resolves to `127.0.0.1:<port>`, so pages can
   * use port-less URLs such as `http://cdn.tracker.test/ga.js` (static pages cannot know a random port).
   * Without it, `*.test` resolves to 127.0.0.1 and URLs must carry the port (`server.url(path, host)`).
   */
  port?: number;
  /** Extra Chromium flags. */
  args?: string[];
}

/** Launch headless Chromium. One per test file (`beforeAll`), closed in `afterAll`. */
export function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  const target = opts.port ? `127.0.0.1:${opts.port}` : '127.0.0.1';
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, `--host-resolver-rules=MAP *.test ${target}`, ...(opts.args ?? [])],
  });
}

export interface NewPageOptions {
  /** Default true. */
  javaScriptEnabled?: boolean;
  /** Cookies set in the context before the page loads (give `url`, or `domain` + `path`). */
  cookies?: Parameters<BrowserContext['addCookies']>[0];
  viewport?: { width: number; height: number } | null;
  locale?: string;
  /** Any other playwright context option (e.g. `reducedMotion`, `colorScheme`, `bypassCSP`). */
  context?: BrowserContextOptions;
  /**
   * Console messages (by text) that are expected and should not count as errors, e.g. a deliberate
   * config error the loader prints. Strings match as substrings.
   */
  allowConsole?: (string | RegExp)[];
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console `error` messages and uncaught page errors, in order. Assert `toEqual([])` at the end. */
  errors: string[];
  /** Every console message as `type: text`. */
  console: string[];
  /** Close the context (and its pages). */
  close(): Promise<void>;
}

/** A fresh context (empty cookie jar and storage) with one page that records console and page errors. */
export async function newPage(browser: Browser, opts: NewPageOptions = {}): Promise<TestPage> {
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    locale: opts.locale,
    ...opts.context,
  });
  if (opts.cookies?.length) await context.addCookies(opts.cookies);
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleLog: string[] = [];
  const allowed = (text: string): boolean =>
    (opts.allowConsole ?? []).some((a) => (typeof a === 'string' ? text.includes(a) : a.test(text)));
  const watch = (p: Page): void => {
    p.on('console', (msg) => {
      const text = msg.text();
      consoleLog.push(`${msg.type()}: ${text}`);
      if (msg.type() === 'error' && !allowed(text)) {
        const where = msg.location()?.url;
        errors.push(where ? `${text} (${where})` : text);
      }
    });
    p.on('pageerror', (err) => {
      if (!allowed(err.message)) errors.push(`pageerror: ${err.message}`);
    });
  };
  watch(page);
  // Pages opened later in the same context (second tab) are watched too.
  context.on('page', (p) => p !== page && watch(p));
  return { context, page, errors, console: consoleLog, close: () => context.close() };
}

/** `document.cookie` as the page sees it, parsed into name → value. */
export async function documentCookies(page: Page): Promise<Record<string, string>> {
  const raw = await page.evaluate(() => document.cookie);
  const out: Record<string, string> = {};
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** Cookies in the context's jar (including HttpOnly and third-party ones), optionally for some URLs. */
export function contextCookies(context: BrowserContext, urls?: string | string[]): Promise<Cookie[]> {
  return context.cookies(urls);
}

/** One cookie from the jar by name, or undefined. */
export async function cookieNamed(
  context: BrowserContext,
  name: string,
  urls?: string | string[],
): Promise<Cookie | undefined> {
  return (await context.cookies(urls)).find((c) => c.name === name);
}

/** Server-side log of requests to a host (without port), optionally by path prefix. */
export function requestsTo(server: TestServer, host: string, pathPrefix = ''): LoggedRequest[] {
  return server.requestsTo(host, pathPrefix);
}

/** `window.__tracker_runs` markers pushed by fake third-party scripts that executed in the page. */
export function trackerRuns(page: Page): Promise<{ host: string; path: string }[]> {
  return page.evaluate(
    () => (window as unknown as { __tracker_runs?: { host: string; path: string }[] }).__tracker_runs ?? [],
  );
}

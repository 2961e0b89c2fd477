/**
 * The set-up every e2e file shares: one test server and one Chromium for the file, the test's page closed and
 * the request log cleared after each test, everything closed at the end. See ./README.md.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, type LaunchOptions, type TestPage } from './browser';
import { startServer, type ServerOptions, type TestServer } from './server';

export interface SuiteOptions {
  /** Options for `startServer` (CSP, first-party hosts, headers, …). */
  server?: ServerOptions;
  /**
   * Options for `launchBrowser` (the port is always the suite server's), or a function of the started server
   * for flags that name its port (e.g. more `--host-resolver-rules`).
   */
  browser?: Omit<LaunchOptions, 'port'> | ((server: TestServer) => Omit<LaunchOptions, 'port'>);
  /** Runs after the server has started and before Chromium launches, e.g. to register routes. */
  setup?: (server: TestServer) => void | Promise<void>;
  /**
   * What to put back after each test besides closing the page and clearing the request log: `routes` removes
   * every route (so none registered in `setup` survives), `headers` and `csp` restore the server options'.
   */
  reset?: { routes?: boolean; headers?: boolean; csp?: boolean };
}

export interface Suite {
  /** The file's test server (started in `beforeAll`). */
  readonly server: TestServer;
  /** The file's Chromium, with every `*.test` host mapped to the server. */
  readonly browser: Browser;
  /** The test's page: set it to what `newPage` returns; it is closed and unset after each test. */
  tp: TestPage | undefined;
}

/**
 * Register the `beforeAll`/`afterEach`/`afterAll` hooks of an e2e file and return accessors for what they
 * make. Call it once at the top of the file. Hooks run as a stack, so a file's own `beforeAll` registered
 * after this call sees the server and browser, and its own `afterAll` runs before they close.
 */
export function e2eSuite(opts: SuiteOptions = {}): Suite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let tp: TestPage | undefined;

  beforeAll(async () => {
    server = await startServer(opts.server);
    await opts.setup?.(server);
    const launch = typeof opts.browser == 'function' ? opts.browser(server) : opts.browser;
    browser = await launchBrowser({ ...launch, port: server.port });
  });
  afterEach(async () => {
    await tp?.close();
    tp = undefined;
    if (!server) return;
    server.clear();
    if (opts.reset?.routes) server.clearRoutes();
    if (opts.reset?.headers) server.setHeaders(opts.server?.headers);
    if (opts.reset?.csp) server.setCsp(opts.server?.csp);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('e2eSuite: the server starts in beforeAll; read it inside a hook or a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('e2eSuite: the browser launches in beforeAll; read it inside a hook or a test');
      return browser;
    },
    get tp() {
      return tp;
    },
    set tp(page) {
      tp = page;
    },
  };
}

/** A CSP for the test pages only (`/test/e2e/pages/…`), none elsewhere (built files, the demo). */
export const cspOnTestPages =
  (csp: string) =>
  (path: string): string | undefined =>
    path.startsWith('/test/e2e/pages/') ? csp : undefined;

/** Command-line options of `keks scan`, parsed with Node's own `util.parseArgs`. */
import { parseArgs } from 'node:util';

export interface ScanOptions {
  url: string;
  out: string;
  maxPages: number;
  concurrency: number;
  /** Per-page, per-phase time limit in milliseconds. */
  pageTimeoutMs: number;
  /** Chromium executable given with `--chromium`. */
  chromium?: string;
  /** Passed to Chromium as `--host-resolver-rules=…`. */
  hostResolverRules?: string;
  ignoreHttpsErrors: boolean;
  /** Print only the report path on stdout. */
  json: boolean;
}

export const USAGE = `Usage: keks scan <url> [options]

Visits the site in Chromium three times per page (before any decision, after "Reject all", after
"Accept all"), records every request, cookie, storage key and frame, matches them to known services,
and writes report.json, report.md and a draft keks-config.json.

Options:
  --out DIR                  where to write the reports (default ./keks-scan)
  --max-pages N              pages to visit, following same-site links and sitemap.xml (default 20)
  --concurrency N            pages scanned at once (default 2)
  --timeout SECONDS          time limit per page and phase (default 30)
  --chromium PATH            Chromium or Chrome to use (else CHROME_PATH, then /usr/bin/chromium)
  --host-resolver-rules R    passed to Chromium, e.g. "MAP *.example 127.0.0.1" for a staging server
  --ignore-https-errors      accept self-signed certificates
  --json                     print only the path of report.json
  -h, --help                 show this help

Exit code: 0 nothing non-essential before a decision or after a refusal; 1 a leak;
2 the scan failed (bad URL, no browser, site unreachable, pages that could not be scanned).
`;

/** Parse arguments; throws an Error with a readable message for bad input. `null` means "show help". */
export function parseScanArgs(args: string[]): ScanOptions | null {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      'max-pages': { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      chromium: { type: 'string' },
      'host-resolver-rules': { type: 'string' },
      'ignore-https-errors': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  if (positionals.length != 1) throw new Error('give exactly one URL to scan, e.g. keks scan https://www.example.com/');
  const int = (name: string, raw: string | undefined, fallback: number, max: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
    return n;
  };
  return {
    url: checkUrl(positionals[0]),
    out: values.out ?? 'keks-scan',
    maxPages: int('max-pages', values['max-pages'], 20, 10_000),
    concurrency: int('concurrency', values.concurrency, 2, 16),
    pageTimeoutMs: int('timeout', values.timeout, 30, 600) * 1000,
    chromium: values.chromium,
    hostResolverRules: values['host-resolver-rules'],
    ignoreHttpsErrors: !!values['ignore-https-errors'],
    json: !!values.json,
  };
}

/** The start URL must be absolute http(s); returns it normalised (no fragment). */
export function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`"${raw}" is not a URL; give a full address such as https://www.example.com/`);
  }
  if (url.protocol != 'http:' && url.protocol != 'https:')
    throw new Error(`"${raw}" is not an http(s) URL; only web pages can be scanned`);
  url.hash = '';
  return url.href;
}

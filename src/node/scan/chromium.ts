/**
 * Finding and starting Chromium. playwright-core is an optional peer dependency (a site that only uses the
 * widget never installs it), so it is imported only here, and its absence is a message, not a stack trace.
 */
import { access, constants } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { ScanOptions } from './args.js';

/** A failure the scan cannot go on from; the message tells the user what to do. Exit code 2. */
export class ScanSetupError extends Error {}

export const INSTALL_PLAYWRIGHT = 'npm install --save-dev playwright-core';
export const INSTALL_CHROMIUM =
  'install Chromium (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright-core install chromium) ' +
  'and pass its path with --chromium PATH or CHROME_PATH';

/** Flags for headless Chromium in containers and CI: no sandbox as root, no background traffic of its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const executable = async (path: string): Promise<boolean> =>
  access(path, constants.X_OK).then(
    () => true,
    () => false,
  );

/** The first Chromium found: `--chromium`, `CHROME_PATH`, `/usr/bin/chromium`, then playwright's own download. */
export async function findChromium(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  playwrightPath: () => string,
): Promise<string> {
  if (given) {
    if (await executable(given)) return given;
    throw new ScanSetupError(`no Chromium at --chromium ${given}: ${INSTALL_CHROMIUM}`);
  }
  if (env.CHROME_PATH) {
    if (await executable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new ScanSetupError(`no Chromium at CHROME_PATH=${env.CHROME_PATH}: ${INSTALL_CHROMIUM}`);
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  try {
    candidates.push(playwrightPath());
  } catch {
    // playwright-core knows no downloaded browser: only the system ones count.
  }
  for (const path of candidates) if (path && (await executable(path))) return path;
  throw new ScanSetupError(`no Chromium found: ${INSTALL_CHROMIUM}`);
}

/** Start headless Chromium with the user's resolver rules. */
export async function launchChromium(options: ScanOptions): Promise<Browser> {
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new ScanSetupError(
      `playwright-core is not installed (the scan drives Chromium with it): ${INSTALL_PLAYWRIGHT}`,
    );
  }
  const path = await findChromium(options.chromium, process.env, () => playwright.chromium.executablePath());
  const args = [...CHROMIUM_FLAGS];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  try {
    return await playwright.chromium.launch({ executablePath: path, headless: true, args });
  } catch (error) {
    throw new ScanSetupError(`Chromium at ${path} did not start (${firstLine(error)}): ${INSTALL_CHROMIUM}`);
  }
}

/** The first line of an error's message (playwright appends long call logs). */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

// @vitest-environment node
// `npm test` says at once that it needs Chromium, and how to install it, when the browser is missing.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('scripts/test-all.sh stops before building, naming Chromium and the install command', () => {
  const script = fileURLToPath(new URL('../../scripts/test-all.sh', import.meta.url));
  const r = spawnSync('bash', [script], {
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    timeout: 20_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('npm test needs Chromium at /nonexistent/chromium');
  expect(r.stderr).toContain('apt-get install chromium');
  expect(r.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  expect(r.stdout).not.toContain('== build');
});

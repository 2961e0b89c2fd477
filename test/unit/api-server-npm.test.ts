// @vitest-environment node
// The built npm entry under server-side rendering: `import('keks')` in Node, where there is no DOM, must
// not throw (the gate read `Element.prototype` when its module loaded: ReferenceError), and `init` is a
// no-op returning the API. Unlike api-server.test.ts this runs the shipped dist/npm (`npx rollup -c` first;
// `npm test` builds before the unit tests) with nothing mocked.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../dist/npm/index.js', import.meta.url));

it('dist/npm/index.js imports in node and init() returns the API without touching a DOM', async () => {
  expect(typeof Element).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const keks = (await import(entry)) as typeof import('../../src/index');
  expect(keks.init({ revision: 1 })).toBe(keks.Keks);
  expect(keks.getConsent().decided).toBe(false);
  expect(keks.accepted('analytics')).toBe(false);
});

it('plain Node ESM (as an SSR server loads it) imports it and calls init without an error', () => {
  const script = `const k = await import(${JSON.stringify(entry)}); process.stdout.write(String(k.init({}) === k.Keks));`;
  expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).toBe('true');
});

it('dist/npm/server.js reads a Cookie header in plain Node, and showBanner() resolves there', () => {
  const server = fileURLToPath(new URL('../../dist/npm/server.js', import.meta.url));
  const script = `
    const { readConsent } = await import(${JSON.stringify(server)});
    const k = await import(${JSON.stringify(entry)});
    await k.showBanner();
    const s = readConsent('a=1', { revision: 1 });
    process.stdout.write(JSON.stringify([s.decided, s.granted, typeof document]));`;
  expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).toBe(
    '[false,["necessary"],"undefined"]',
  );
});

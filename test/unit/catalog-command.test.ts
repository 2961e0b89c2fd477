// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/node/commands/catalog.js';
import { CATALOGUE } from '../../src/services/all.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  // The command waits for each write's callback (output flushed before the CLI exits).
  vi.spyOn(process.stdout, 'write').mockImplementation(((s: unknown, cb?: () => void) => {
    out.push(String(s));
    cb?.();
    return true;
  }) as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out: () => out.join(''), err: () => err.join('') };
}
afterEach(() => vi.restoreAllMocks());

describe('keks catalog', () => {
  it('lists every entry with id, provider, category, countries and hosts', async () => {
    const io = capture();
    expect(await run([])).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toMatch(/^ID\s+PROVIDER\s+CATEGORY\s+COUNTRIES\s+HOSTS$/);
    const baidu = lines.find((l) => l.startsWith('baidu-tongji '))!;
    expect(baidu).toContain('Beijing Baidu Netcom');
    expect(baidu).toMatch(/analytics\s+CN\s+hm\.baidu\.com/);
    expect(lines.filter((l) => CATALOGUE.some((e) => l.startsWith(e.id + ' '))).length).toBe(CATALOGUE.length);
  });

  it('--json prints one JSON array of the entries', async () => {
    const io = capture();
    expect(await run(['--json'])).toBe(0);
    const list = JSON.parse(io.out());
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe(CATALOGUE.length);
    expect(list.find((e: { id: string }) => e.id == 'yandex-metrica')).toMatchObject({
      countries: ['RU'],
      category: 'analytics',
    });
  });

  it('filters by text and rejects unknown options', async () => {
    const io = capture();
    expect(await run(['--json', 'tencent'])).toBe(0);
    const ids = JSON.parse(io.out()).map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['tencent-ads', 'tencent-analytics', 'wechat-share', 'qq-connect']));
    expect(ids).not.toContain('google-analytics');
    expect(await run(['--yaml'])).toBe(2);
    expect(io.err()).toContain('unknown option --yaml');
  });

  it('the built CLI prints the whole JSON array through a pipe (no cut-off at exit)', () => {
    // Run after `npx rollup -c` (`npm test` builds first). 84 entries are far more than a pipe's 64 kB buffer.
    const out = execFileSync('node', ['dist/node/cli.js', 'catalog', '--json'], { maxBuffer: 1 << 24 }).toString();
    expect(out.length).toBeGreaterThan(65536);
    expect(JSON.parse(out)).toHaveLength(CATALOGUE.length);
  }, 60_000);
});

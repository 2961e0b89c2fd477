// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/node/commands/catalog.js';
import { CATALOGUE } from '../../src/services/all.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
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
});

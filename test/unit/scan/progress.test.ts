// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Progress } from '../../../src/node/scan/progress';

const stream = (isTTY: boolean) => {
  const out: string[] = [];
  return { isTTY, columns: 60, out, write: (t: string) => out.push(t) };
};

describe('progress on stderr', () => {
  it('plain lines when stderr is not a terminal (CI logs)', () => {
    const s = stream(false);
    const p = new Progress(s);
    p.queued(2);
    p.phase('https://a.example/', 'before');
    p.pageDone('https://a.example/', ['before: redirect loop (too many redirects)']);
    expect(s.out).toEqual([
      'keks scan: before https://a.example/\n',
      'keks scan: https://a.example/: before: redirect loop (too many redirects)\n',
      'keks scan: page 1/2 done https://a.example/\n',
    ]);
    expect(s.out.join('')).not.toContain('\r');
  });

  it('a bar redrawn in place on a terminal, cleared before messages and at the end', () => {
    const s = stream(true);
    const p = new Progress(s);
    p.queued(4);
    p.phase('https://a.example/', 'reject');
    p.pageDone('https://a.example/', []);
    expect(s.out).toEqual([
      '\r\x1b[K[--------------------] 0/4 reject https://a.example/',
      '\r\x1b[K[#####---------------] 1/4 https://a.example/',
    ]);
    p.message('sitemap.xml lists ftp://x');
    expect(s.out.slice(2)).toEqual(['\r\x1b[K', 'keks scan: sitemap.xml lists ftp://x\n']);
    p.clear();
    expect(s.out).toHaveLength(4);
    // Never wider than the terminal.
    p.phase('https://a.example/' + 'x'.repeat(200), 'accept');
    expect(s.out.at(-1)!.length).toBeLessThanOrEqual('\r\x1b[K'.length + 59);
  });
});

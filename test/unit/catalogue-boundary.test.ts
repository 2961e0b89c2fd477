// The catalogue's cost, checked on the built files (run after `npx rollup -c`; `npm test` builds first):
// the production loader and the first-visit UI carry no catalogue text and no Open Cookie Database; an
// entry's loader part is its own small file; the full entries and the database load only lazily.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const read = (p: string): string => {
  const file = join(root, p);
  if (!existsSync(file)) throw new Error(`${p} is missing: build first with \`npx rollup -c\`.`);
  return readFileSync(file, 'utf8');
};

describe('catalogue and Open Cookie Database in the built files', () => {
  it('keks.js and keks-ui.js hold no catalogue entry, purpose or database row', () => {
    for (const f of ['dist/cdn/keks.js', 'dist/cdn/keks-ui.js']) {
      const code = read(f);
      for (const s of [
        'Meta Platforms Ireland',
        'connect.facebook.net',
        'hm.baidu.com',
        'Measures traffic',
        '.ASPXANONYMOUS',
      ])
        expect(code, `${f} contains ${s}`).not.toContain(s);
    }
  });

  it('each entry has a loader part of its own that registers only category, hosts, names and countries', () => {
    const code = read('dist/cdn/services/baidu-tongji.js');
    expect(code).toContain('self.KeksServices');
    expect(code).toContain('"hm.baidu.com"');
    expect(code).toContain('"CN"');
    expect(code).not.toContain('Beijing Baidu');
    expect(code).not.toContain('Measures');
  });

  it("full entries are lazy UI chunks, one per entry; the database is only in the audit's findings chunk", () => {
    expect(read('dist/cdn/keks-ui-baidu-tongji.js')).toContain('Beijing Baidu Netcom');
    expect(read('dist/cdn/keks-ui-baidu-tongji.js')).not.toContain('Meta Platforms');
    // The audit imports its findings (catalogue and database) once the page has settled.
    expect(read('dist/cdn/keks-ui-findings.js')).toContain('.ASPXANONYMOUS');
    expect(read('dist/cdn/keks-audit.js')).toContain('keks-ui-findings.js');
    expect(read('dist/cdn/keks-audit.js')).not.toContain('.ASPXANONYMOUS');
    expect(read('dist/cdn/keks-ui.js')).not.toContain('.ASPXANONYMOUS');
    expect(read('dist/cdn/keks.dev.js')).toContain('keks-audit.js');
  });
});

// The lazy boundary, checked on the built files: the script-tag loader
// and the npm entry's static import graph carry no Lit, no UI and no locale text. Run after `npx rollup -c`
// (`npm test` builds first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const read = (p: string): string => {
  const file = join(root, p);
  if (!existsSync(file)) throw new Error(`${p} is missing: build first with \`npx rollup -c\`.`);
  return readFileSync(file, 'utf8');
};

/** Every file the npm entry pulls in statically (import … from / export … from / bare import), not import(). */
function staticGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const code = read(file);
    seen.set(file, code);
    for (const m of code.matchAll(/^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else seen.set(spec, ''); // an external package: lit would show up here by name
    }
  };
  visit(entry);
  return seen;
}

/** Sentences from every locale: text the loader must never carry. */
async function localeTexts(): Promise<string[]> {
  const dir = join(root, 'src/i18n/locales');
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v == 'string') {
      if (v.length >= 12 && v.includes(' ')) out.push(v);
    } else if (v && typeof v == 'object') Object.values(v).forEach(walk);
  };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) walk((await import(join(dir, f))).default);
  return out;
}

const LIT = ['lit-html', 'LitElement', 'customElements.define', 'ReactiveElement'];

describe('dist/cdn/keks.js (the script-tag loader)', () => {
  const loader = read('dist/cdn/keks.js');

  it('contains no Lit', () => {
    for (const word of LIT) expect(loader, word).not.toContain(word);
  });

  it('contains no locale text', async () => {
    const texts = await localeTexts();
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => loader.includes(t))).toEqual([]);
  });

  it('reaches the UI only through a run-time import(url), as a classic script', () => {
    expect(loader).toMatch(/\bimport\(/);
    expect(loader).not.toMatch(/^\s*(import|export)\s/m);
    expect(loader.trimStart().startsWith('!function') || loader.trimStart().startsWith('(function')).toBe(true);
  });

  it('is the production build: DEV-only messages are stripped (they stay in keks.dev.js)', () => {
    const dev = read('dist/cdn/keks.dev.js');
    expect(dev).toContain('init() was already called');
    expect(loader).not.toContain('init() was already called');
    expect(loader).not.toContain('two copies of Keks');
  });
});

describe('dist/npm (the package entry)', () => {
  const graph = staticGraph('dist/npm/index.js');

  it('imports neither Lit, nor the UI, nor a locale statically', () => {
    const files = [...graph.keys()];
    expect(files.filter((f) => /(^|\/)(lit|lit-html|lit-element|@lit)(\/|$)/.test(f))).toEqual([]);
    expect(files.filter((f) => /\/ui\/|\/locales\//.test(f))).toEqual([]);
    for (const [file, code] of graph) for (const word of LIT) expect(code, `${word} in ${file}`).not.toContain(word);
  });

  it('reaches the UI as a separate chunk by dynamic import, with lit external', () => {
    const all = [...graph.values()].join('\n');
    expect(all).toMatch(/import\(['"]\.\/ui\/mount\.js['"]\)/);
    // js-cookie (cookie writes) is external and reached only through the lazy write chunk.
    expect(all).not.toContain("from 'js-cookie'");
    expect(all).toMatch(/import\(['"]\.\.\/write-decision\.js['"]\)/);
    expect(read('dist/npm/consent-cookie.js')).toContain("from 'js-cookie'");
    const ui = read('dist/npm/ui/mount.js');
    expect(ui).not.toContain('lit-html/development'); // not bundled: imported from the lit package
  });

  it('ships type declarations for the entry', () => {
    expect(read('dist/npm/index.d.ts')).toMatch(/export declare const init: KeksApi\['init'\]/);
  });
});

it('version.ts matches package.json', async () => {
  const { VERSION } = await import('../../src/version');
  expect(VERSION).toBe(JSON.parse(read('package.json')).version);
});

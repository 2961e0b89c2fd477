// @vitest-environment node
// dist/custom-elements.json (built by `rollup -c` from the elements' JSDoc) is what package.json's
// `customElements` names, and it lists every element with its documented events, parts and custom properties.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
interface Decl {
  tagName?: string;
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  members?: { name: string }[];
}

it('package.json points at the manifest, which lists the four elements with their API', () => {
  expect(pkg.customElements.replace(/^\.\//, '')).toBe('dist/custom-elements.json');
  expect(pkg.exports['./custom-elements.json']).toBe('./dist/custom-elements.json');
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
  const elements = new Map<string, Decl>(
    manifest.modules
      .flatMap((m: { declarations?: Decl[] }) => m.declarations ?? [])
      .filter((d: Decl) => d.tagName)
      .map((d: Decl) => [d.tagName, d]),
  );
  expect([...elements.keys()].sort()).toEqual([
    'keks-banner',
    'keks-floating-button',
    'keks-placeholder',
    'keks-preferences',
  ]);
  const names = (list?: { name: string }[]) => (list ?? []).map((x) => x.name);
  const banner = elements.get('keks-banner')!;
  expect(names(banner.events).sort()).toEqual(['keks-decision', 'keks-open-preferences']);
  expect(names(banner.cssParts)).toEqual(expect.arrayContaining(['banner', 'title', 'links', 'actions', 'button']));
  expect(names(banner.cssProperties)).toEqual(expect.arrayContaining(['--keks-accent', '--keks-z-index']));
  expect(names(banner.members)).toEqual(expect.arrayContaining(['open', 'layout', 'blockPage']));
  expect(names(elements.get('keks-preferences')!.events).sort()).toEqual([
    'keks-close',
    'keks-decision',
    'keks-request-close',
  ]);
  expect(names(elements.get('keks-preferences')!.cssParts)).toEqual(
    expect.arrayContaining(['privacy-policy', 'opt-out', 'cookies']),
  );
  expect(names(elements.get('keks-floating-button')!.cssProperties)).toEqual(
    expect.arrayContaining(['--keks-floating-button-bottom', '--keks-floating-button-side']),
  );
  expect(names(elements.get('keks-placeholder')!.events)).toEqual(
    expect.arrayContaining(['keks:load-once', 'keks-allow-service']),
  );
  // Every custom property is one name, never a "--a / --b" list the analyzer cannot split.
  for (const el of elements.values()) for (const p of names(el.cssProperties)) expect(p).toMatch(/^--keks-[a-z-]+$/);
});

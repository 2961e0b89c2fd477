/**
 * Missing strings fall back one by one: a built-in table that lacks strings is completed from English, key by key,
 * and English is fetched only then. The Czech module is replaced by an incomplete one.
 */
import { describe, expect, it, vi } from 'vitest';

const imported: string[] = [];

vi.mock('../../src/i18n/locales/cs.js', async () => {
  imported.push('cs');
  const real = (await vi.importActual<{ default: Record<string, unknown> }>('../../src/i18n/locales/cs.js')).default;
  const banner: Record<string, string> = { ...(real.banner as Record<string, string>), title: '' };
  delete banner.cookiePolicy;
  const { declaration: _gone, ...rest } = real;
  return { default: { ...rest, banner } };
});
vi.mock('../../src/i18n/locales/en.js', async () => {
  imported.push('en');
  return vi.importActual('../../src/i18n/locales/en.js');
});
vi.mock('../../src/i18n/locales/de.js', async () => {
  imported.push('de');
  return vi.importActual('../../src/i18n/locales/de.js');
});

const { loadStrings } = await import('../../src/i18n/load-strings.js');
const en = (await vi.importActual<typeof import('../../src/i18n/locales/en.js')>('../../src/i18n/locales/en.js'))
  .default;

describe('loadStrings with an incomplete built-in table', () => {
  it('loads only the requested locale when its table is complete', async () => {
    const de = await loadStrings('de');
    expect(de.banner.acceptAll).toBe('Alle akzeptieren');
    expect(imported).toEqual(['de']);
  });

  it('fills empty and missing strings from English, one by one, keeping the rest', async () => {
    const s = await loadStrings('cs');
    expect(imported).toContain('en');
    expect(s.banner.title).toBe(en.banner.title);
    expect(s.banner.cookiePolicy).toBe(en.banner.cookiePolicy);
    expect(s.declaration).toEqual(en.declaration);
    expect(s.banner.acceptAll).toBe('Přijmout vše');
    expect(s.lang).toBe('cs');
  });

  it('still lets the site owner override a string English filled in', async () => {
    const s = await loadStrings('cs', { cs: { declaration: { title: 'Přehled cookies' } } });
    expect(s.declaration.title).toBe('Přehled cookies');
    expect(s.declaration.empty).toBe(en.declaration.empty);
  });
});

/** Text in the page's language: strings are loaded per language and fall back key by key. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableLanguages, loadStrings } from '../../src/i18n/load-strings.js';
import cs from '../../src/i18n/locales/cs.js';
import en from '../../src/i18n/locales/en.js';
import nb from '../../src/i18n/locales/nb.js';
import pt from '../../src/i18n/locales/pt.js';

afterEach(() => vi.restoreAllMocks());

describe('loadStrings', () => {
  it('lists the built-in languages', () => {
    expect(availableLanguages).toContain('cs');
    expect(availableLanguages).toContain('en');
    expect(availableLanguages.length).toBe(33);
  });

  it('loads the built-in table of a language', async () => {
    const s = await loadStrings('cs');
    expect(s).toEqual(cs);
    expect(s.banner.acceptAll).toBe('Přijmout vše');
  });

  it('serves a regional tag from its base language and keeps the tag for the lang attribute', async () => {
    const s = await loadStrings('cs-CZ');
    expect(s.banner.rejectAll).toBe(cs.banner.rejectAll);
    expect(s.lang).toBe('cs-CZ');
  });

  it('serves aliases (nn → nb) under the tag of the text', async () => {
    const s = await loadStrings('nn');
    expect(s.banner.title).toBe(nb.banner.title);
    expect(s.lang).toBe('nb');
  });

  it('serves English for a language without a translation, labelled en', async () => {
    const s = await loadStrings('xx-YY');
    expect(s).toEqual(en);
    expect(s.lang).toBe('en');
  });

  it('reads a right-to-left language as rtl', async () => {
    expect((await loadStrings('ar')).dir).toBe('rtl');
    expect((await loadStrings('he-IL')).dir).toBe('rtl');
    expect((await loadStrings('cs')).dir).toBe('ltr');
  });

  it('applies overrides key by key: built-in ← base-language overrides ← exact-tag overrides', async () => {
    const s = await loadStrings('pt-BR', {
      pt: { banner: { title: 'Base', acceptAll: 'Base aceitar' } },
      'pt-BR': { banner: { acceptAll: 'Aceitar tudo (BR)' }, categories: { marketing: { title: 'Publicidade' } } },
    });
    expect(s.banner.title).toBe('Base');
    expect(s.banner.acceptAll).toBe('Aceitar tudo (BR)');
    expect(s.banner.rejectAll).toBe(pt.banner.rejectAll);
    expect(s.categories.marketing.title).toBe('Publicidade');
    expect(s.categories.marketing.description).toBe(pt.categories.marketing.description);
    expect(s.lang).toBe('pt-BR');
  });

  it('matches override keys case-insensitively', async () => {
    const s = await loadStrings('pt-br', { 'PT-BR': { floatingButton: 'Cookies' } });
    expect(s.floatingButton).toBe('Cookies');
  });

  it('applies English overrides to a page that fell back to English', async () => {
    const s = await loadStrings('xx', { en: { banner: { title: 'Cookies here' } } });
    expect(s.banner.title).toBe('Cookies here');
    expect(s.lang).toBe('en');
  });

  it('builds a language the site defines itself on top of English, keeping its tag', async () => {
    const s = await loadStrings('eu', { eu: { banner: { title: 'Cookieak erabiltzen ditugu' } } });
    expect(s.banner.title).toBe('Cookieak erabiltzen ditugu');
    expect(s.banner.acceptAll).toBe(en.banner.acceptAll);
    expect(s.lang).toBe('eu');
  });

  it('allows a site-defined language to set its direction, and nothing but ltr or rtl', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await loadStrings('fa', { fa: { dir: 'rtl' } })).dir).toBe('rtl');
    expect((await loadStrings('fa', { fa: { dir: 'up' } })).dir).toBe('ltr');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('language.strings.fa.dir'));
  });

  it('ignores unknown keys with a DEV warning naming the path', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = await loadStrings('cs', { cs: { banner: { titel: 'Překlep', title: 'Cookies' }, foo: 'x' } });
    expect(s.banner.title).toBe('Cookies');
    expect(s.banner).not.toHaveProperty('titel');
    expect(s).not.toHaveProperty('foo');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('language.strings.cs.banner.titel'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('language.strings.cs.foo'));
  });

  it('ignores values that are not strings, and objects where a string belongs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = await loadStrings('cs', {
      cs: {
        banner: { title: 42, acceptAll: null, rejectAll: { a: 'b' } },
        categories: 'nope',
        floatingButton: ['x'],
        placeholder: { title: 'Služba {service} je vypnutá' },
      },
    });
    expect(s.banner.title).toBe(cs.banner.title);
    expect(s.banner.acceptAll).toBe(cs.banner.acceptAll);
    expect(s.banner.rejectAll).toBe(cs.banner.rejectAll);
    expect(s.categories).toEqual(cs.categories);
    expect(s.floatingButton).toBe(cs.floatingButton);
    expect(s.placeholder.title).toBe('Služba {service} je vypnutá');
    expect(warn).toHaveBeenCalledTimes(5);
  });

  it('never lets an override reach the lang field', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await loadStrings('cs', { cs: { lang: 'de' } })).lang).toBe('cs');
  });

  it('does not change the built-in table it copied (overrides stay per call)', async () => {
    await loadStrings('cs', { cs: { banner: { title: 'Jiný titulek' } } });
    expect((await loadStrings('cs')).banner.title).toBe(cs.banner.title);
    expect(cs.banner.title).toBe('Používáme soubory cookie');
  });

  it('tolerates a missing or null overrides map', async () => {
    expect((await loadStrings('de', null)).lang).toBe('de');
    expect((await loadStrings('de', undefined)).lang).toBe('de');
  });
});

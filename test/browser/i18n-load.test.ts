/**
 * Text in the page's language, in a real browser: each language is its own module, fetched only when asked
 * for, and the language follows `<html lang>`.
 */
import { expect } from '@open-wc/testing';
import { availableLanguages, loadStrings } from '../../src/i18n/load-strings.js';
import { resolveLanguage } from '../../src/i18n/resolve-language.js';

/** Locale modules the page has fetched so far, by tag. */
const fetchedLocales = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/i18n\/locales\/([a-z]{2})\.(?:js|ts)(?:\?|$)/.exec(e.name)?.[1])
    .filter((tag): tag is string => !!tag);

describe('loadStrings in Chromium', () => {
  before(() => performance.setResourceTimingBufferSize(10000));

  it('fetches nothing before a language is asked for', () => {
    expect(fetchedLocales()).to.deep.equal([]);
  });

  it('fetches exactly one module for one language, and not English', async () => {
    const de = await loadStrings('de');
    expect(de.banner.acceptAll).to.equal('Alle akzeptieren');
    expect(fetchedLocales()).to.deep.equal(['de']);
  });

  it('fetches a separate module per language, each once', async () => {
    await loadStrings('fr');
    await loadStrings('de-AT');
    await loadStrings('fr-CA');
    expect(fetchedLocales().sort()).to.deep.equal(['de', 'fr']);
  });

  it('picks the language from document.documentElement.lang (cs-CZ → cs)', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'cs-CZ';
    try {
      const lang = resolveLanguage({
        htmlLang: document.documentElement.lang,
        default: 'en',
        available: availableLanguages,
      });
      expect(lang).to.equal('cs');
      const cs = await loadStrings(lang);
      expect(cs.banner.rejectAll).to.equal('Odmítnout vše');
      expect(cs.lang).to.equal('cs');
      expect(fetchedLocales()).to.include('cs');
      expect(fetchedLocales()).not.to.include('en');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('falls back to the default for an unknown <html lang>, and loads English only then', async () => {
    document.documentElement.lang = 'xx';
    try {
      const lang = resolveLanguage({
        htmlLang: document.documentElement.lang,
        default: 'en',
        available: availableLanguages,
      });
      const s = await loadStrings(lang);
      expect(s.lang).to.equal('en');
      expect(s.banner.acceptAll).to.equal('Accept all');
      expect(fetchedLocales()).to.include('en');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('renders Arabic and Hebrew right-to-left when applied to an element', async () => {
    for (const tag of ['ar', 'he']) {
      const s = await loadStrings(tag);
      const el = document.createElement('p');
      el.dir = s.dir;
      el.lang = s.lang;
      el.textContent = s.banner.title;
      document.body.append(el);
      expect(getComputedStyle(el).direction, tag).to.equal('rtl');
      el.remove();
    }
  });

  it('gives each call its own copy, so overrides never leak between calls', async () => {
    const a = await loadStrings('cs', { cs: { banner: { title: 'A' } } });
    const b = await loadStrings('cs');
    expect(a).not.to.equal(b);
    expect(a.banner.title).to.equal('A');
    expect(b.banner.title).to.equal('Používáme soubory cookie');
  });
});

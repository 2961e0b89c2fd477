/** Which language the UI speaks: `<html lang>`, the exact tag, the base language, then the default. */
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/i18n/resolve-language.js';

const available = ['cs', 'de', 'en', 'nb', 'pt', 'pt-BR', 'zh', 'he', 'sk'];
const pick = (htmlLang: string | null | undefined, more: { force?: string; default?: string } = {}) =>
  resolveLanguage({ htmlLang, available, default: 'en', ...more });

describe('resolveLanguage', () => {
  it.each([
    // exact tag, case-insensitive, spelled as in `available`
    ['cs', 'cs'],
    ['CS', 'cs'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['PT-BR', 'pt-BR'],
    // base language
    ['cs-CZ', 'cs'],
    ['de-AT', 'de'],
    ['pt-PT', 'pt'],
    ['de-Latn-CH', 'de'],
    // POSIX spelling and stray whitespace from templates
    ['cs_CZ', 'cs'],
    [' de ', 'de'],
    // Chinese scripts and regions all map to zh
    ['zh-Hans', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['zh-Hant-HK', 'zh'],
    // Norwegian macro-language and Nynorsk read Bokmål
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nn-NO', 'nb'],
    ['nb-NO', 'nb'],
    // legacy Hebrew code
    ['iw', 'he'],
  ])('<html lang="%s"> → %s', (htmlLang, expected) => {
    expect(pick(htmlLang)).toBe(expected);
  });

  it('falls back to the configured default when <html lang> has no translation', () => {
    expect(pick('fr', { default: 'de' })).toBe('de');
    expect(pick('fr-CA', { default: 'cs' })).toBe('cs');
    expect(pick('', { default: 'sk' })).toBe('sk');
    expect(pick(null, { default: 'sk' })).toBe('sk');
    expect(pick(undefined, { default: 'sk' })).toBe('sk');
  });

  it('resolves the default like any other tag (cs-CZ → cs)', () => {
    expect(pick('fr', { default: 'cs-CZ' })).toBe('cs');
  });

  it('falls back to en when neither <html lang> nor the default has a translation', () => {
    expect(pick('fr', { default: 'xx' })).toBe('en');
    expect(pick('!!', { default: '' })).toBe('en');
  });

  it('returns en even when en is not in the list (the built-in last resort)', () => {
    expect(resolveLanguage({ htmlLang: 'fr', default: 'it', available: ['cs'] })).toBe('en');
  });

  it('force wins over <html lang>, and is matched the same way', () => {
    expect(pick('cs', { force: 'de' })).toBe('de');
    expect(pick('cs', { force: 'de-CH' })).toBe('de');
    expect(pick('de', { force: 'pt-br' })).toBe('pt-BR');
  });

  it('an unknown force falls through to <html lang>, then the default', () => {
    expect(pick('cs', { force: 'xx' })).toBe('cs');
    expect(pick('fr', { force: 'xx', default: 'de' })).toBe('de');
  });

  it('prefers the exact tag over the base language when both are available', () => {
    expect(pick('pt-BR')).toBe('pt-BR');
    expect(resolveLanguage({ htmlLang: 'pt-BR', default: 'en', available: ['pt'] })).toBe('pt');
  });

  it('a site-defined language (an override key) is found like a built-in one', () => {
    expect(resolveLanguage({ htmlLang: 'eu-ES', default: 'en', available: [...available, 'eu'] })).toBe('eu');
  });
});

/**
 * Every built-in strings table is complete, consistent with English and says what the
 * banner must: what consent is for, that it can be withdrawn at any time and where.
 * Walks the English table's shape, so a key added to `Strings` and English is checked
 * in every locale.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableLanguages, STRING_COUNT } from '../../src/i18n/load-strings.js';
import en from '../../src/i18n/locales/en.js';
import type { Strings } from '../../src/i18n/strings.js';

const EU = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');
const MORE = 'uk ru tr ar he ja zh nb is'.split(' ');
const files = readdirSync(join(process.cwd(), 'src/i18n/locales'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

const locales: Record<string, Strings> = {};
for (const tag of files) locales[tag] = (await import(`../../src/i18n/locales/${tag}.ts`)).default;

/** Every string of a table as [path, value], in the shape of `shape`. */
function leaves(shape: object, table: unknown, path = ''): Array<[string, unknown]> {
  return Object.entries(shape).flatMap(([key, value]) => {
    const sub = table && typeof table == 'object' ? (table as Record<string, unknown>)[key] : undefined;
    return typeof value == 'object' ? leaves(value, sub, `${path}${key}.`) : [[path + key, sub] as [string, unknown]];
  });
}

const placeholders = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('built-in locales', () => {
  it('cover the 24 official EU languages and uk, ru, tr, ar, he, ja, zh, nb, is, each loadable', () => {
    expect([...files].sort()).toEqual([...EU, ...MORE].sort());
    expect([...availableLanguages].sort()).toEqual([...files].sort());
  });

  it('English has STRING_COUNT strings (the loader uses it to spot incomplete tables)', () => {
    expect(leaves(en, en)).toHaveLength(STRING_COUNT);
  });

  for (const tag of [...EU, ...MORE]) {
    describe(tag, () => {
      const table = () => locales[tag];

      it('has every key of the English table, each a non-empty string, and no other key', () => {
        for (const [path, value] of leaves(en, table())) {
          expect(typeof value, `${tag}: ${path}`).toBe('string');
          expect((value as string).trim(), `${tag}: ${path}`).not.toBe('');
        }
        expect(leaves(table(), table()).map(([p]) => p)).toEqual(leaves(en, en).map(([p]) => p));
      });

      it('has exactly the placeholders English has, string by string', () => {
        const mine = new Map(leaves(en, table()));
        for (const [path, value] of leaves(en, en)) {
          expect(placeholders(mine.get(path)), `${tag}: ${path}`).toEqual(placeholders(value));
        }
      });

      it('names itself after its file and is right-to-left exactly for ar and he', () => {
        expect(table().lang).toBe(tag);
        expect(table().dir).toBe(tag == 'ar' || tag == 'he' ? 'rtl' : 'ltr');
      });

      it('has no markup and no stray whitespace (text is rendered as text)', () => {
        for (const [path, value] of leaves(en, table())) {
          expect(value, `${tag}: ${path}`).not.toMatch(/[<>]|^\s|\s$|\s\s/);
        }
      });

      it('the banner says where consent can be withdrawn, by the name of the footer link', () => {
        const t = table();
        // The link named in the text is the one a site puts in its footer, labelled
        // like the floating button and the preferences' title.
        expect(t.banner.description).toContain(t.floatingButton);
        expect(t.preferences.title).toBe(t.floatingButton);
      });

      it('Accept all and Reject all are distinct, and the same in banner and preferences', () => {
        const t = table();
        expect(t.banner.acceptAll).not.toBe(t.banner.rejectAll);
        expect(t.preferences.acceptAll).toBe(t.banner.acceptAll);
        expect(t.preferences.rejectAll).toBe(t.banner.rejectAll);
      });
    });
  }
});

describe('Czech', () => {
  const cs = () => locales.cs;

  it('uses the established button labels', () => {
    expect(cs().banner.acceptAll).toBe('Přijmout vše');
    expect(cs().banner.rejectAll).toBe('Odmítnout vše');
    expect(cs().banner.preferences).toBe('Nastavení');
  });

  it('in the words of GDPR Art. 7(3): consent (souhlas) can be withdrawn (odvolat) at any time (kdykoli)', () => {
    expect(cs().banner.description).toMatch(/[Ss]ouhlas/);
    expect(cs().banner.description).toMatch(/odvolat/);
    expect(cs().banner.description).toMatch(/kdykoli/);
  });

  it('addresses the visitor formally (vykání), never with ty-forms', () => {
    const text = leaves(en, cs())
      .map(([, v]) => v)
      .join(' ');
    expect(text).toMatch(/(?<!\p{L})(vaše|vaším|můžete|Vyberte)(?!\p{L})/u);
    expect(text).not.toMatch(/(?<!\p{L})(tvoje|tvůj|tvým|tvá|můžeš|vyber|tebe|ti)(?!\p{L})/iu);
  });

  it('uses Czech quotation marks and diacritics', () => {
    expect(cs().banner.description).toContain('„Nastavení cookies“');
    expect(cs().preferences.decisionDate).toBe('Datum rozhodnutí');
  });
});

// The floating button's stand-in (src/fab) names itself in the visitor's language without loading a locale:
// its words (src/fab/labels/<lang>.ts, written by scripts/fab-labels.mjs) must stay those of the locales.
import { describe, expect, it } from 'vitest';
import { availableLanguages, loadStrings } from '../../src/i18n/load-strings';
import { importLabel, labelLanguages } from '../../src/fab/labels';
import * as cdn from '../../src/fab/labels-cdn';

describe('floating button stand-in words', () => {
  it('exist for every built-in language, in both builds', () => {
    expect([...labelLanguages].sort()).toEqual([...availableLanguages].sort());
    expect([...cdn.labelLanguages].sort()).toEqual([...availableLanguages].sort());
  });

  for (const lang of availableLanguages)
    it(`${lang}: the button's name and the built-in category titles equal the locale's`, async () => {
      const s = await loadStrings(lang, {});
      const c = s.categories;
      expect((await importLabel(lang)).default).toEqual([
        s.floatingButton,
        c.necessary.title,
        c.preferences.title,
        c.analytics.title,
        c.marketing.title,
      ]);
    });
});

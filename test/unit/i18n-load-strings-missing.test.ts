/**
 * A locale chunk that fails to load (here the German module throws on import, as a 404 or a CORS refusal
 * would make `import()` reject) falls back to English and says so in the console.
 */
import { expect, it, vi } from 'vitest';

vi.mock('../../src/i18n/locales/de.js', () => {
  throw new TypeError('Failed to fetch dynamically imported module: keks-ui-de.js');
});

const { loadStrings } = await import('../../src/i18n/load-strings.js');
const en = (await vi.importActual<typeof import('../../src/i18n/locales/en.js')>('../../src/i18n/locales/en.js'))
  .default;

it('a missing locale falls back to English and names the language in the console', async () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const strings = await loadStrings('de');
  expect(strings.banner.acceptAll).toBe(en.banner.acceptAll);
  expect(strings.lang).toBe('en');
  expect(error.mock.calls[0][0]).toMatch(/Keks: could not load the "de" strings .*showing English/);
});

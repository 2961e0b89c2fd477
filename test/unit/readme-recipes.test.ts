// @vitest-environment node
// The README's copy-paste recipes are real configs: each one passes validation, and every service its markup
// names (data-service) is defined in its own config, so a site owner who copies both gets a working setup.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig, type KeksConfig } from '../../src/config';
import { validate } from '../../src/validate';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('<!-- section:recipes -->'), readme.indexOf('<!-- /section:recipes -->'));
const recipes = section
  .split(/^### /m)
  .slice(1)
  .map((text) => ({
    title: text.split('\n')[0],
    json: [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as KeksConfig),
    html: [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n'),
  }));

describe('README recipes', () => {
  it('covers GA4, GTM, YouTube, Meta Pixel and Microsoft Clarity', () => {
    expect(recipes.map((r) => r.title)).toEqual([
      'Google Analytics 4 with Consent Mode',
      'Google Tag Manager',
      'YouTube',
      'Meta Pixel',
      'Microsoft Clarity',
    ]);
  });

  for (const r of recipes)
    it(`${r.title}: the config is valid and defines every service its markup uses`, () => {
      expect(r.json).toHaveLength(1);
      const [config] = r.json;
      const errors = validate(config).filter((p) => p.level == 'error');
      expect(errors).toEqual([]);
      const services = Object.keys(resolveConfig(config).services);
      const used = [...r.html.matchAll(/data-service="([^"]+)"/g)].map((m) => m[1]);
      expect(used.length).toBeGreaterThan(0);
      for (const id of used) expect(services, id).toContain(id);
      // Held until consent: every tracker element in the markup is marked, scripts as text/plain.
      for (const tag of r.html.match(/<(script|iframe)\b[^>]*>/g) ?? []) {
        expect(tag).toMatch(/data-service=/);
        if (tag.startsWith('<script')) expect(tag).toContain('type="text/plain"');
        if (tag.startsWith('<iframe')) expect(tag).not.toMatch(/\ssrc=/);
      }
    });
});

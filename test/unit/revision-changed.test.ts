import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { decidedForOtherRevision } from '../../src/revision-changed.js';

const clear = () => (document.cookie = 'keks=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/');
const record = (rev: number) =>
  `1~${rev.toString(36)}~00000000-0000-4000-8000-000000000000~a~a~necessary~analytics~~~0~0`;

describe('decidedForOtherRevision', () => {
  afterEach(clear);

  it('is true for a well-formed record of another revision, so the banner says why it asks again', () => {
    document.cookie = `keks=${encodeURIComponent(record(3))}; path=/`;
    expect(decidedForOtherRevision(resolveConfig({ revision: 4 }))).toBe(true);
  });

  it('is false for the same revision, no cookie, or a foreign value', () => {
    document.cookie = `keks=${encodeURIComponent(record(4))}; path=/`;
    expect(decidedForOtherRevision(resolveConfig({ revision: 4 }))).toBe(false);
    clear();
    expect(decidedForOtherRevision(resolveConfig({ revision: 4 }))).toBe(false);
    document.cookie = 'keks=hello; path=/';
    expect(decidedForOtherRevision(resolveConfig({ revision: 4 }))).toBe(false);
  });
});

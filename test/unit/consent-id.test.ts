import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentId } from '../../src/consent-id.js';

const V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

describe('createConsentId', () => {
  it('uses crypto.randomUUID when present', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '3b241101-e2bb-4255-8caf-4136c566a962' });
    expect(createConsentId()).toBe('3b241101-e2bb-4255-8caf-4136c566a962');
  });

  it('builds a UUID v4 from getRandomValues on insecure pages (no randomUUID)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0xff) });
    expect(createConsentId()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(0) });
    expect(createConsentId()).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('falls back to Math.random without crypto', () => {
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 200 }, createConsentId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(V4);
  });

  it('gives distinct v4 ids with the real crypto', () => {
    const a = createConsentId();
    expect(a).toMatch(V4);
    expect(createConsentId()).not.toBe(a);
  });
});

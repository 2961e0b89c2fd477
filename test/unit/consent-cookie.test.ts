import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_COOKIE_BYTES,
  consentCookieValues,
  RecordTooLargeError,
  readConsentCookie,
  removeConsentCookie,
  writeConsentCookie,
} from '../../src/consent-cookie.js';
import type { ResolvedConfig } from '../../src/config.js';

const opts: ResolvedConfig['cookie'] = { name: 'keks', path: '/', sameSite: 'Lax', secure: false, expiresDays: 182 };
const VALUE = '1~0~3b241101-e2bb-4255-8caf-4136c566a962~t3x5k0~t3x5k0~necessary.analytics~marketing~~~0~0';

const clear = (): void => {
  for (const c of document.cookie.split('; '))
    if (c) document.cookie = c.split('=')[0] + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
};
/** Replace document.cookie for one test (blocked or sandboxed cookies). */
const stubCookie = (desc: PropertyDescriptor): void => {
  Object.defineProperty(document, 'cookie', { configurable: true, ...desc });
};
afterEach(() => {
  // Remove the own-property stub so the prototype's real accessor is used again.
  delete (document as unknown as Record<string, unknown>).cookie;
  clear();
});

describe('consent cookie', () => {
  it('writes, reads back exactly and removes', () => {
    expect(readConsentCookie(opts)).toBeUndefined();
    expect(writeConsentCookie(VALUE, opts)).toBe(true);
    expect(readConsentCookie(opts)).toBe(VALUE);
    // No percent-encoding: the stored octets are the value itself (RFC 6265 §4.1.1).
    expect(document.cookie).toContain('keks=' + VALUE);
    removeConsentCookie(opts);
    expect(readConsentCookie(opts)).toBeUndefined();
    expect(document.cookie).not.toContain('keks=');
  });

  it('uses the configured name', () => {
    const o = { ...opts, name: 'consent_v' };
    writeConsentCookie(VALUE, o);
    expect(readConsentCookie(o)).toBe(VALUE);
    expect(readConsentCookie(opts)).toBeUndefined();
  });

  it('passes every attribute to document.cookie', () => {
    const writes: string[] = [];
    // An older copy exists: it is expired before the new value is written.
    let jar = 'keks=older';
    stubCookie({ get: () => jar, set: (v: string) => (writes.push(v), (jar = v.split(';')[0])) });
    expect(
      writeConsentCookie(VALUE, {
        ...opts,
        domain: 'example.com',
        path: '/shop',
        sameSite: 'Strict',
        secure: true,
        expiresDays: 30,
      }),
    ).toBe(true);
    const main = writes.find((w) => w.startsWith('keks=' + VALUE))!;
    expect(main).toMatch(/; path=\/shop/);
    expect(main).toMatch(/; domain=example\.com/);
    expect(main).toMatch(/; sameSite=Strict/);
    expect(main).toMatch(/; secure/);
    const expires = Date.parse(/; expires=([^;]+)/.exec(main)![1]);
    expect(Math.abs(expires - (Date.now() + 30 * 864e5))).toBeLessThan(5000);
    // The host-only duplicate is removed first: a write without domain, already expired.
    const removal = writes.find((w) => w.startsWith('keks=;'))!;
    expect(writes.indexOf(removal)).toBeLessThan(writes.indexOf(main));
    expect(removal).not.toMatch(/domain=/);
    expect(Date.parse(/;\s?expires=([^;]+)/.exec(removal)![1])).toBeLessThan(Date.now());
  });

  it('removes both the domain cookie and a host-only one', () => {
    const writes: string[] = [];
    stubCookie({ get: () => 'keks=x', set: (v: string) => writes.push(v) });
    removeConsentCookie({ ...opts, domain: 'example.com' });
    expect(writes.filter((w) => /domain=example\.com/.test(w)).length).toBeGreaterThanOrEqual(1);
    expect(writes.filter((w) => !/domain=/.test(w)).length).toBeGreaterThanOrEqual(1);
    for (const w of writes) expect(w).toMatch(/^keks=;.*expires=/);
  });

  it(`refuses loudly when name=value exceeds ${MAX_COOKIE_BYTES} bytes`, () => {
    const max = 'x'.repeat(MAX_COOKIE_BYTES - 'keks='.length);
    expect(writeConsentCookie(max, opts)).toBe(true);
    expect(readConsentCookie(opts)).toBe(max);
    expect(() => writeConsentCookie(max + 'x', opts)).toThrow(RecordTooLargeError);
    // Counted as stored: a character that gets percent-encoded counts three bytes.
    expect(() => writeConsentCookie('x'.repeat(MAX_COOKIE_BYTES - 7) + ' ', opts)).toThrow(RecordTooLargeError);
    // The too-large value was not written over the previous one.
    expect(readConsentCookie(opts)).toBe(max);
  });

  it('names the error', () => {
    try {
      writeConsentCookie('x'.repeat(4000), opts);
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('RecordTooLargeError');
      expect((e as Error).message).toMatch(/3500/);
      return;
    }
    expect.unreachable();
  });

  it('returns false without throwing when the browser drops the write (cookies blocked)', () => {
    stubCookie({ get: () => '', set: () => {} });
    expect(writeConsentCookie(VALUE, opts)).toBe(false);
    expect(readConsentCookie(opts)).toBeUndefined();
    expect(() => removeConsentCookie(opts)).not.toThrow();
  });

  it('never throws when document.cookie throws (sandboxed iframe SecurityError)', () => {
    const boom = (): never => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    };
    stubCookie({ get: boom, set: boom });
    expect(readConsentCookie(opts)).toBeUndefined();
    expect(writeConsentCookie(VALUE, opts)).toBe(false);
    expect(() => removeConsentCookie({ ...opts, domain: 'example.com' })).not.toThrow();
  });

  it('works without a document (server-side rendering): undefined, false, no throw', () => {
    vi.stubGlobal('document', undefined);
    try {
      expect(typeof document).toBe('undefined');
      expect(readConsentCookie(opts)).toBeUndefined();
      expect(writeConsentCookie(VALUE, opts)).toBe(false);
      expect(() => removeConsentCookie({ ...opts, domain: 'example.com' })).not.toThrow();
      // The size guard still applies: a too-large record is a programming error wherever it runs.
      expect(() => writeConsentCookie('x'.repeat(4000), opts)).toThrow(RecordTooLargeError);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('returns false, and says so on the console, when the write does not read back', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    stubCookie({ get: () => 'keks=older', set: () => {} });
    expect(writeConsentCookie(VALUE, opts)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/consent cookie "keks" was not stored/));
    warn.mockRestore();
  });

  it('sees every cookie of the name, and picks the valid one with the latest decision', () => {
    stubCookie({ get: () => 'a=1; keks=stale; other=keks; keks=new; keks=junk; keks=%E0' });
    expect(consentCookieValues('keks')).toEqual(['stale', 'new', 'junk']);
    const rank = (v: string): number | undefined => ({ stale: 1, new: 2 })[v as 'stale'];
    expect(readConsentCookie(opts, rank)).toBe('new');
    // No valid one: the first, which the store decodes to "no decision".
    expect(readConsentCookie(opts, () => undefined)).toBe('stale');
    // Names are compared whole, never as a prefix or as an object key.
    stubCookie({ get: () => 'keks2=a; xkeks=b; __proto__=c' });
    expect(consentCookieValues('keks')).toEqual([]);
    expect(consentCookieValues('__proto__')).toEqual(['c']);
  });

  it('reads undefined for a cookie whose percent escapes are broken', () => {
    document.cookie = 'keks=%E0%A4%A';
    expect(document.cookie).toContain('keks=%E0');
    expect(readConsentCookie(opts)).toBeUndefined();
  });
});

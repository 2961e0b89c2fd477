/**
 * The consent cookie in real Chromium (happy-dom's cookie rules are looser). The page is
 * http://localhost:<port>; `cookieStore` (a secure context: localhost counts) shows the
 * attributes the browser really stored.
 */
import { expect } from '@open-wc/testing';
import {
  MAX_COOKIE_BYTES,
  RecordTooLargeError,
  readConsentCookie,
  removeConsentCookie,
  writeConsentCookie,
} from '../../src/consent-cookie.js';
import type { ResolvedConfig } from '../../src/config.js';
import { decodeRecord } from '../../src/record.js';
import { encodeRecord } from '../../src/record-encode.js';

interface StoredCookie {
  name: string;
  value: string;
  domain: string | null;
  path: string;
  expires: number | null;
  secure: boolean;
  sameSite: 'strict' | 'lax' | 'none';
}
const store = (globalThis as unknown as { cookieStore: { getAll(name: string): Promise<StoredCookie[]> } }).cookieStore;

const NAME = 'keks_browser';
const opts: ResolvedConfig['cookie'] = { name: NAME, path: '/', sameSite: 'Lax', secure: false, expiresDays: 182 };
const record = {
  revision: 2,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  first: 1764000000000,
  last: 1764000000000,
  granted: ['necessary', 'analytics'],
  denied: ['preferences', 'marketing'],
  grantedServices: ['youtube'],
  deniedServices: ['google-analytics', 'baidu_tongji'],
  source: 'banner' as const,
  gpc: false,
};
const VALUE = encodeRecord(record);

const clear = (): void => {
  for (const c of document.cookie.split('; ')) if (c) document.cookie = c.split('=')[0] + '=; max-age=0; path=/';
};

describe('consent cookie in Chromium', () => {
  beforeEach(clear);
  afterEach(clear);

  it('stores the value byte for byte and decodes it back', async () => {
    expect(writeConsentCookie(VALUE, opts)).to.equal(true);
    expect(readConsentCookie(opts)).to.equal(VALUE);
    const [c] = await store.getAll(NAME);
    // The raw stored octets equal the value: no percent-encoding, no quotes (RFC 6265 §4.1.1).
    expect(c.value).to.equal(VALUE);
    expect(
      decodeRecord(readConsentCookie(opts), {
        revision: 2,
        expiresDays: 182,
        categories: ['analytics', 'marketing'],
        now: record.last,
      }),
    ).to.deep.equal(record);
  });

  it('applies SameSite, Secure, path and expiry as configured', async () => {
    expect(writeConsentCookie(VALUE, { ...opts, sameSite: 'Strict', secure: true, expiresDays: 30 })).to.equal(true);
    const [c] = await store.getAll(NAME);
    expect(c.sameSite).to.equal('strict');
    expect(c.secure).to.equal(true);
    expect(c.path).to.equal('/');
    expect(c.domain).to.equal(null); // host-only by default
    expect(Math.abs(c.expires! - (Date.now() + 30 * 864e5))).to.be.below(60e3);

    expect(writeConsentCookie(VALUE, opts)).to.equal(true);
    const [lax] = await store.getAll(NAME);
    expect(lax.sameSite).to.equal('lax');
    expect(lax.secure).to.equal(false);
    expect(Math.abs(lax.expires! - (Date.now() + 182 * 864e5))).to.be.below(60e3);
  });

  it('SameSite=None is accepted with Secure, and reported refused without it', async () => {
    expect(writeConsentCookie(VALUE, { ...opts, sameSite: 'None', secure: true })).to.equal(true);
    expect((await store.getAll(NAME))[0].sameSite).to.equal('none');
    removeConsentCookie({ ...opts, sameSite: 'None', secure: true });
    expect(await store.getAll(NAME)).to.have.length(0);
    // Chromium refuses SameSite=None without Secure; read-back reports it so the store keeps it in memory.
    expect(writeConsentCookie(VALUE, { ...opts, sameSite: 'None', secure: false })).to.equal(false);
    expect(readConsentCookie(opts)).to.equal(undefined);
  });

  it('a value js-cookie has to escape still survives exactly', () => {
    const odd = 'a b;c,"d%e\\f=g~ž';
    expect(writeConsentCookie(odd, opts)).to.equal(true);
    expect(readConsentCookie(opts)).to.equal(odd);
  });

  it(`refuses a record over ${MAX_COOKIE_BYTES} bytes loudly, where Chromium would drop it silently`, async () => {
    writeConsentCookie(VALUE, opts);
    const big = VALUE + '.x'.repeat(1800);
    expect(() => writeConsentCookie(big, opts)).to.throw(RecordTooLargeError);
    expect(readConsentCookie(opts)).to.equal(VALUE); // the previous decision is untouched
    // Why the guard exists: past 4096 bytes Chromium ignores the cookie without any error.
    document.cookie = `${NAME}=${'y'.repeat(4200)}; path=/`;
    expect(readConsentCookie(opts)).to.equal(VALUE);
    // The largest allowed value is really stored.
    const max = 'z'.repeat(MAX_COOKIE_BYTES - NAME.length - 1);
    expect(writeConsentCookie(max, opts)).to.equal(true);
    expect((await store.getAll(NAME))[0].value).to.equal(max);
  });

  // On localhost Chromium stores `Domain=localhost` as host-only, so the two cannot coexist here; the real
  // duplicate (www.shop.test vs .shop.test) is proven in test/e2e/consent-cookie/domain.e2e.ts.
  it('with domain set to this host, exactly one cookie remains after writing; remove leaves nothing', async () => {
    // A host-only cookie from before `domain` was configured.
    document.cookie = `${NAME}=old; path=/`;
    const withDomain = { ...opts, domain: location.hostname };
    expect(writeConsentCookie(VALUE, withDomain)).to.equal(true);
    const all = await store.getAll(NAME);
    expect(all.map((c) => c.value)).to.deep.equal([VALUE]);
    expect(readConsentCookie(withDomain)).to.equal(VALUE);
    removeConsentCookie(withDomain);
    expect(await store.getAll(NAME)).to.have.length(0);
    expect(readConsentCookie(withDomain)).to.equal(undefined);
  });

  it('a domain the page is not on is refused, reported as false', () => {
    expect(writeConsentCookie(VALUE, { ...opts, domain: 'example.com' })).to.equal(false);
    expect(readConsentCookie(opts)).to.equal(undefined);
  });

  it('read, write and remove never throw when document.cookie throws (sandboxed frame)', () => {
    const boom = (): never => {
      throw new DOMException('sandboxed', 'SecurityError');
    };
    Object.defineProperty(document, 'cookie', { configurable: true, get: boom, set: boom });
    try {
      expect(readConsentCookie(opts)).to.equal(undefined);
      expect(writeConsentCookie(VALUE, opts)).to.equal(false);
      removeConsentCookie(opts);
    } finally {
      delete (document as unknown as Record<string, unknown>).cookie;
    }
    expect(writeConsentCookie(VALUE, opts)).to.equal(true);
  });
});

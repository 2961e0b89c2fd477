/**
 * A random consent id (GDPR Art. 7(1)): a UUID v4 that a visitor can quote and that links the
 * cookie to the records sent to the site owner's endpoint. It identifies a decision, not a person.
 */
export function createConsentId(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts (https, localhost); getRandomValues also on plain http.
  if (c?.randomUUID) return c.randomUUID();
  const b = c?.getRandomValues
    ? c.getRandomValues(new Uint8Array(16))
    : // Very old or stripped-down environments: not cryptographic, but an id only needs to be unlikely to repeat.
      Uint8Array.from({ length: 16 }, () => Math.random() * 256);
  b[6] = (b[6] & 15) | 64; // version 4 (RFC 9562 §5.4)
  b[8] = (b[8] & 63) | 128; // variant 10
  return Array.from(
    b,
    (x, i) => (i == 4 || i == 6 || i == 8 || i == 10 ? '-' : '') + (x + 256).toString(16).slice(1),
  ).join('');
}

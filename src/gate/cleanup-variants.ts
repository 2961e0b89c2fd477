/**
 * Where a first-party cookie can live, so that withdrawal can expire every copy
 * (GDPR Art. 7(3)). A cookie is identified by name + domain + path
 * (RFC 6265 §5.3 step 11); expiring it needs a write with the same three.
 */

/**
 * Two-level public suffixes under which sites commonly live. Without the full
 * Public Suffix List we stop at the last two labels, or three under these.
 * Limitation: a suffix missing here only costs one extra write on that suffix,
 * which the browser refuses (it knows the real list, RFC 6265 §5.3 step 5);
 * no cookie is missed, because every entry here is a real public suffix.
 */
const SUFFIXES =
  'co.uk org.uk me.uk ac.uk gov.uk com.au net.au org.au co.jp ne.jp or.jp co.nz co.za co.in co.kr com.br com.cn com.mx com.tr'.split(
    ' ',
  );

/**
 * Values for the `Domain` attribute that can reach a cookie visible on `host`:
 * the host itself, then each parent domain down to the registrable domain.
 * A leading dot is ignored by browsers (RFC 6265 §5.2.3), so `.shop.test` and
 * `shop.test` name the same cookie and one write covers both.
 * IP addresses and single-label hosts (`localhost`) get none: only host-only
 * cookies exist there (§5.1.3 domain-match needs a host name).
 */
export function cookieDomains(host: string): string[] {
  const labels = host.toLowerCase().split('.');
  // IPv4 (WHATWG URL: a host ending in a number is an IPv4 address) or IPv6 (`[::1]`).
  if (labels.length < 2 || /:|^\d+$/.test(labels[labels.length - 1])) return [];
  const keep = SUFFIXES.includes(labels.slice(-2).join('.')) ? 3 : 2;
  const out: string[] = [];
  for (let i = 0; labels.length - i >= keep; i++) out.push(labels.slice(i).join('.'));
  return out;
}

/**
 * Values for the `Path` attribute of cookies visible on `path` (RFC 6265
 * §5.1.4 path-match): `/` and every ancestor, with and without a trailing
 * slash (`/a` and `/a/` are different cookies), and the path itself.
 * Paths holding `;` are skipped: they cannot be written as an attribute.
 */
export function cookiePaths(path: string): string[] {
  const out = new Set(['/']);
  for (let i = 1; i <= path.length; i++) {
    if (i == path.length || path[i] == '/') {
      out.add(path.slice(0, i));
      if (i < path.length) out.add(path.slice(0, i + 1));
    }
  }
  return [...out].filter((p) => p[0] == '/' && !p.includes(';'));
}

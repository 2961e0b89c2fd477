/**
 * Google Consent Mode v2. The default must be the first dataLayer entry,
 * pushed synchronously before any Google tag can read the queue; the update follows on
 * every load with a stored decision and on every change, before the gate releases a tag.
 * Entries are Arguments objects, exactly as Google's `gtag()` snippet pushes them:
 * gtag.js ignores plain arrays for `consent` commands.
 */
import { consentModeTypes, type ConsentModeType, type ResolvedConfig } from '../config.js';

type Options = Exclude<ResolvedConfig['googleConsentMode'], false>;
type Gtag = (...args: unknown[]) => void;

function gtagFor(o: Options): Gtag {
  const w = window as unknown as Record<string, unknown>;
  const layer = (w[o.dataLayer] ||= []) as unknown[];
  // A function expression so that `arguments` is the real Arguments object.
  const gtag: Gtag = function () {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  };
  if (o.dataLayer == 'dataLayer') w.gtag ||= gtag;
  return gtag;
}

/** The seven types with their values for these granted categories (security_storage granted unless mapped otherwise). */
export function consentModeValues(
  o: Options,
  granted: readonly string[] | null,
): Record<ConsentModeType, 'granted' | 'denied'> {
  const v = {} as Record<ConsentModeType, 'granted' | 'denied'>;
  for (const t of consentModeTypes()) v[t] = t == 'security_storage' ? 'granted' : 'denied';
  if (granted) {
    // A type is granted when any granted category maps to it; mapped types start denied.
    for (const c in o.mapping) for (const t of o.mapping[c]) v[t] = 'denied';
    for (const c of granted) for (const t of o.mapping[c] || []) v[t] = 'granted';
  }
  return v;
}

/** Push `consent default` (and `set` options when configured). Call once, synchronously, from init. */
export function pushConsentDefault(o: Options): void {
  const gtag = gtagFor(o);
  gtag('consent', 'default', { ...consentModeValues(o, null), wait_for_update: o.waitForUpdate });
  if (o.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (o.urlPassthrough) gtag('set', 'url_passthrough', true);
}

/** Push `consent update` for the granted categories. */
export function pushConsentUpdate(o: Options, granted: readonly string[]): void {
  gtagFor(o)('consent', 'update', consentModeValues(o, granted));
}

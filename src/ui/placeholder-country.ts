/**
 * Countries that receive a service's data, by name and code (GDPR Art. 13):
 * `['SG', 'US']` → "Singapore (SG) and United States (US)".
 * Names come from the browser (`Intl.DisplayNames`), so no table ships.
 */
export function countryNames(country: string | readonly string[], locale: string): string {
  const codes = (typeof country == 'string' ? [country] : [...country]).map((c) => c.toUpperCase());
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale], { type: 'region' });
  } catch {
    /* an unknown locale tag: show the codes */
  }
  const parts = codes.map((code) => {
    let name: string | undefined;
    try {
      name = names?.of(code);
    } catch {
      /* not a region code: show it as given */
    }
    return name && name != code ? `${name} (${code})` : code;
  });
  try {
    return new Intl.ListFormat([locale], { type: 'conjunction' }).format(parts);
  } catch {
    return parts.join(', ');
  }
}

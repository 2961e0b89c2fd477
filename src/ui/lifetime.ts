/**
 * A catalogue lifetime (`P2Y`, `P13M`, `PT30M`, `session`) in the page's language, with the units
 * from the browser (`Intl.NumberFormat` unit style): "2 roky", "13 months", "30 Minuten". No table ships.
 */
const UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };

export function formatLifetime(iso: string, lang: string, session: string): string {
  if (iso == 'session') return session;
  const m = /^P(?:(\d+)([YMWD])|T(\d+)([HMS]))$/.exec(iso);
  if (!m) return iso;
  const n = +(m[1] ?? m[3]);
  // M is month in the date part and minute in the time part (ISO 8601).
  const unit = m[2] ? UNITS[m[2]] : m[4] == 'M' ? 'minute' : UNITS[m[4]];
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  }
}

/** `24m` (months), `730d`, `104w`, `2y` → the moment that long before `now` (calendar months and years). */
export function before(duration: string, now = new Date()): Date {
  const m = /^(\d{1,5})([dwmy])$/.exec(duration.trim());
  if (!m) throw new Error(`"${duration}" is not a duration: use a number and d, w, m or y (24m = 24 months).`);
  const n = Number(m[1]);
  const d = new Date(now);
  if (m[2] == 'd') d.setUTCDate(d.getUTCDate() - n);
  else if (m[2] == 'w') d.setUTCDate(d.getUTCDate() - 7 * n);
  else if (m[2] == 'm') d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCFullYear(d.getUTCFullYear() - n);
  return d;
}

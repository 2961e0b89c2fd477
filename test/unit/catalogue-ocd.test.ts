/**
 * Every catalogue cookie that the Open Cookie Database lists for the same company is checked against it:
 * exact name versus prefix, lifetime, and category. A mismatch means our entry (or the database) is wrong.
 */
import { describe, expect, it } from 'vitest';
import { cookieRows } from '../../src/data/match-cookie.js';
import type { OcdRow } from '../../src/data/ocd-row.js';
import { CATALOGUE } from '../../src/services/all.js';
import type { CatalogueEntry } from '../../src/services/types.js';

/** Names the database uses for the same companies. */
const ALIASES: Record<string, string[]> = {
  meta: ['facebook', 'instagram', 'meta'],
  twitter: ['x', 'twitter'],
  microsoft: ['microsoft', 'bing'],
  yandex: ['yandex'],
  tiktok: ['tiktok', 'bytedance'],
  linkedin: ['linkedin'],
  google: ['google', 'youtube', 'doubleclick'],
};
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter(
      (w) =>
        w.length > 1 &&
        ![
          'inc',
          'ltd',
          'llc',
          'limited',
          'company',
          'the',
          'ireland',
          'unlimited',
          'platforms',
          'operations',
          'co',
        ].includes(w),
    );
const related = (e: CatalogueEntry, r: OcdRow): boolean => {
  const ours = new Set([...words(e.provider), ...words(e.name)].flatMap((w) => ALIASES[w] ?? [w]));
  return [...words(r.controller), ...words(r.platform)].some((w) => ours.has(w));
};

const DAY = { year: 365, month: 30, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400 };
/** Days, 0 for a session cookie, undefined when the text says something else ("various", "2 years after last activity" is fine). */
function ocdDays(retention: string): number | undefined {
  const t = retention.trim().toLowerCase();
  if (/^(session|end of session)/.test(t)) return 0;
  const m = /^(\d+)\s*(year|month|week|day|hour|minute|second)s?\b/.exec(t);
  return m ? +m[1] * DAY[m[2] as keyof typeof DAY] : undefined;
}
function ourDays(lifetime: string): number {
  if (lifetime == 'session') return 0;
  const m = /^PT?(\d+)([YMWDHS])$/.exec(lifetime)!;
  const time = lifetime.startsWith('PT');
  const unit = time ? { H: DAY.hour, M: DAY.minute, S: DAY.second }[m[2]]! : { Y: 365, M: 30, W: 7, D: 1 }[m[2]]!;
  return +m[1] * unit;
}
/** The literal name, or the literal prefix of a `^pattern`. */
const literal = (name: string) =>
  name[0] == '^'
    ? name
        .slice(1)
        .replace(/\\(.)/g, '$1')
        .replace(/[.[(*+?{|$].*$/, '')
    : name;

/**
 * Where the provider's own documentation contradicts the database, the entry follows the provider.
 * Each line names the source; a line whose cookie left the catalogue fails the last test.
 */
const PROVIDER_SAYS: Record<string, string> = {
  'cloudflare-bot-management:__cf_bm': 'Cloudflare cookie docs: 30 minutes',
  'cloudflare-bot-management:cf_clearance': 'Cloudflare cookie docs: persistent, 1 year at most per zone setting',
  'google-ads:IDE': "Google's cookie list: 13 months in the EEA",
  'google-doubleclick:IDE': "Google's cookie list: 13 months in the EEA",
  'google-doubleclick:test_cookie': "Google's cookie list: 15 minutes",
  'google-maps:NID': "Google's cookie list: 6 months",
  'youtube:PREF': "Google's cookie list: 8 months",
  'heap:^_hp2_ses_props.': 'Heap docs: 30 minutes (the database row is the 13-month _hp2_ prefix)',
  'meta-pixel:_fbp': "Meta's cookie policy: 90 days",
  'linkedin-insight:UserMatchHistory': "LinkedIn's cookie table: 30 days",
  'microsoft-advertising:_uetsid': 'Microsoft Advertising UET docs: 1 day',
  'microsoft-advertising:_uetvid': 'Microsoft Advertising UET docs: 13 months',
  'microsoft-clarity:_clsk': 'Clarity cookie docs: 1 day',
  'microsoft-clarity:MUID': 'set by Clarity on clarity.ms as its own user id; the database row is Bing advertising',
  'pinterest-tag:_pin_unauth': "Pinterest's cookie policy: 1 year",
  'vimeo:vuid': "Vimeo's cookie policy: 2 years",
  'vimeo:Player': "Vimeo's cookie policy: 1 year",
  'intercom:^intercom-id-': 'needed for the support messenger a visitor opens (Intercom docs), not analytics',
  'intercom:^intercom-session-': 'needed for the support messenger a visitor opens (Intercom docs), not analytics',
  'intercom:^intercom-device-id-': 'needed for the support messenger a visitor opens (Intercom docs), not analytics',
  'optimizely:optimizelyEndUserId': 'A/B test assignment, not used for advertising (Optimizely docs)',
};

describe('catalogue cookies against the Open Cookie Database', () => {
  let checked = 0;
  for (const e of CATALOGUE)
    for (const c of e.cookies) {
      const rows = cookieRows(literal(c.name)).filter((r) => related(e, r));
      if (!rows.length || PROVIDER_SAYS[`${e.id}:${c.name}`]) continue;
      checked++;
      it(`${e.id}: ${c.name}`, () => {
        const r = rows[0];
        // A prefix in the database means the name varies: our entry must be a pattern too.
        if (r.wildcard) expect(c.name[0], `${c.name}: the database lists "${r.name}" as a prefix`).toBe('^');
        const days = ocdDays(r.retention);
        if (days !== undefined) {
          const ours = ourDays(c.lifetime);
          if (days == 0) expect(ours, `${c.name}: database says "${r.retention}"`).toBe(0);
          else
            expect(Math.abs(ours - days) / days, `${c.name}: ${c.lifetime} vs "${r.retention}"`).toBeLessThanOrEqual(
              0.15,
            );
        }
        if (r.category == 'Marketing') expect(e.category, `${c.name} is a marketing cookie`).toBe('marketing');
        if (r.category == 'Analytics')
          expect(['analytics', 'marketing'], `${c.name} is an analytics cookie`).toContain(e.category);
      });
    }
  it('checks a good share of the catalogue', () => {
    expect(checked).toBeGreaterThanOrEqual(60);
  });
  it('every provider-documented exception still names a catalogue cookie', () => {
    for (const key of Object.keys(PROVIDER_SAYS)) {
      const [id, name] = key.split(/:(.*)/);
      expect(
        CATALOGUE.find((e) => e.id == id)?.cookies.some((c) => c.name == name),
        key,
      ).toBe(true);
    }
  });
});

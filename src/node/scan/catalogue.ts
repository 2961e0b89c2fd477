/**
 * Where the scanner's knowledge comes from: the package's service catalogue (`src/services`) and its
 * Open Cookie Database extract (`src/data`, Apache-2.0, see NOTICE), adapted to the small interface that
 * `match.ts` takes.
 */
import type { LocalizedText } from '../../config.js';
import { matchCookie } from '../../data/match-cookie.js';
import { CATALOGUE } from '../../services/all.js';
import type { CatalogueEntry as ServiceEntry } from '../../services/types.js';
import type { CatalogueEntry, CookieLookup } from './match.js';

const UNITS: Record<string, Intl.NumberFormatOptions['unit']> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  TH: 'hour',
  TM: 'minute',
  TS: 'second',
};

/**
 * A catalogue lifetime (ISO 8601 duration of one unit, `P2Y`, `PT30M`, or `session`) as text for a config's
 * cookie declaration, in English and Czech: `{ en: '2 years', cs: '2 roky' }`.
 */
export function lifetimeText(iso: string): LocalizedText {
  if (iso == 'session') return { en: 'session', cs: 'relace' };
  const m = /^P(T?)(\d+)([YMWDHS])$/.exec(iso);
  const unit = m && UNITS[(m[1] ? 'T' : '') + m[3]];
  if (!m || !unit) return iso;
  const text = (lang: string): string =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(Number(m[2]));
  return { en: text('en'), cs: text('cs') };
}

/** A catalogue entry as the matcher needs it. */
export function toMatchEntry(e: ServiceEntry): CatalogueEntry {
  return {
    id: e.id,
    name: e.name,
    provider: e.provider,
    category: e.category,
    // The provider's seat receives the data too (GDPR Art. 13(1)(a), (f)).
    countries: [...new Set([e.providerCountry, ...e.countries])],
    hosts: [...e.hosts],
    cookies: e.cookies.map((c) => ({
      name: c.name,
      lifetime: lifetimeText(c.lifetime),
      purpose: c.purpose,
      party: c.party,
      ...(c.party == 'third' && c.domain ? { domain: c.domain } : {}),
    })),
    storage: [...new Set(e.storage.map((s) => s.name))],
    purpose: e.purpose,
    privacyPolicy: e.privacyPolicy,
    optOut: e.optOut,
  };
}

export const lookupCookie: CookieLookup = (name) => {
  const row = matchCookie(name);
  return (
    row && {
      name: row.name,
      platform: row.platform,
      category: row.category,
      controller: row.controller || undefined,
      retention: row.retention || undefined,
      privacyUrl: /^https?:\/\//.test(row.privacy) ? row.privacy : undefined,
      wildcard: row.wildcard,
    }
  );
};

export interface Knowledge {
  entries: CatalogueEntry[];
  lookup: CookieLookup;
}

export async function loadKnowledge(): Promise<Knowledge> {
  return { entries: CATALOGUE.map(toMatchEntry), lookup: lookupCookie };
}

/**
 * What `<keks-declaration>` shows, derived from the resolved config (and the catalogue entries the
 * services came from) in the page's language: per category its text and services, per service
 * provider, purpose, countries ("Čína (CN)"), links, and every cookie and storage key with its type.
 */
import type { ResolvedConfig, ServiceConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import type { CatalogueEntry } from '../services/types.js';
import { categoryText } from './category-title.js';
import { anyText, localized } from '../localized-text.js';
import { countryNames } from './preferences-model.js';
import { safeUrl } from './safe-text.js';

export interface StorageRow {
  name: string;
  /** "First-party cookie", "Third-party cookie (youtube.com)", "Local storage". */
  type: string;
  lifetime: string;
  purpose: string;
}

export interface DeclaredService {
  id: string;
  name: string;
  provider: string;
  purpose: string;
  countries: string;
  privacyPolicy: string | null;
  optOut: string | null;
  rows: StorageRow[];
}

export interface DeclaredCategory {
  id: string;
  title: string;
  description: string;
  necessary: boolean;
  services: DeclaredService[];
}

const text = (v: Parameters<typeof localized>[0], lang: string): string => localized(v, lang) ?? anyText(v);
/** `^_ga_` is shown as `_ga_*`. */
const shown = (name: string): string => (name[0] == '^' ? name.slice(1).replace(/(\.\*)?\$?$/, '*') : name);

function service(id: string, s: ServiceConfig, e: CatalogueEntry | undefined, strings: Strings): DeclaredService {
  const d = strings.declaration;
  const lang = strings.lang;
  const days = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const rows: StorageRow[] = (s.cookies ?? []).map((c) => ({
    name: shown(c.name),
    type: c.domain ? d.thirdParty.replace('{domain}', c.domain) : d.firstParty,
    lifetime: typeof c.lifetime == 'number' ? days.format(c.lifetime) : text(c.lifetime, lang),
    purpose: text(c.purpose, lang),
  }));
  const fromEntry = e && (s.storage ?? []).every((k, i) => e.storage[i]?.name == k);
  const storage = fromEntry
    ? e.storage
    : (s.storage ?? []).map((name) => ({ name, kind: 'local' as const, purpose: undefined }));
  for (const k of storage)
    rows.push({
      name: shown(k.name),
      type: k.kind == 'session' ? d.sessionStorage : d.localStorage,
      lifetime: k.kind == 'session' ? d.session : '',
      purpose: k.purpose ? text(k.purpose, lang) : '',
    });
  return {
    id,
    name: s.name || e?.name || id,
    provider: s.provider || e?.provider || '',
    purpose: text(s.purpose || e?.purpose, lang),
    countries: countryNames(s.country, lang),
    privacyPolicy: safeUrl(s.privacyPolicy || e?.privacyPolicy || ''),
    optOut: safeUrl(s.optOut || e?.optOut || '') || null,
    rows,
  };
}

/** Categories in config order, each with its services. */
export function declaredCategories(
  config: ResolvedConfig,
  strings: Strings,
  details: Readonly<Record<string, CatalogueEntry>> = {},
): DeclaredCategory[] {
  const services = Object.entries(config.services);
  return config.categoryIds.map((id) => ({
    id,
    ...categoryText(config, strings, id),
    necessary: config.categories[id].necessary,
    services: services.filter(([, s]) => s.category == id).map(([sid, s]) => service(sid, s, details[sid], strings)),
  }));
}

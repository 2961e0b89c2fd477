/**
 * What the preferences panel shows, derived from the config in the UI language:
 * categories in display order, each with its services (GDPR Art. 13).
 */
import type { ResolvedConfig, ServiceConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { categoryText } from './category-title.js';
import { anyText, localized } from '../localized-text.js';
import { safeUrl } from './safe-text.js';

export interface CookieView {
  name: string;
  lifetime: string;
  purpose: string;
}

export interface ServiceView {
  id: string;
  name: string;
  provider: string;
  purpose: string;
  /** Country names in the UI language with their codes: "Čína (CN)". */
  countries: string;
  privacyPolicy: string | null;
  optOut: string | null;
  cookies: CookieView[];
}

export interface CategoryView {
  id: string;
  title: string;
  description: string;
  necessary: boolean;
  services: ServiceView[];
}

/** "Singapur (SG)": the region's name from `Intl.DisplayNames`, and the code a visitor can look up. */
export function countryNames(codes: string | readonly string[], lang: string): string {
  const names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  return ([] as string[])
    .concat(codes)
    .map((code) => {
      const upper = code.toUpperCase();
      let name: string | undefined;
      try {
        name = names.of(upper);
      } catch {
        // An invalid code is shown as given (config validation reports it).
      }
      return name && name != upper ? `${name} (${upper})` : upper;
    })
    .join(', ');
}

function text(value: Parameters<typeof localized>[0], lang: string): string {
  return localized(value, lang) ?? anyText(value);
}

function serviceView(id: string, s: ServiceConfig, lang: string): ServiceView {
  const days = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  return {
    id,
    name: s.name || id,
    provider: s.provider,
    purpose: text(s.purpose, lang),
    countries: countryNames(s.country, lang),
    privacyPolicy: safeUrl(s.privacyPolicy || ''),
    optOut: s.optOut ? safeUrl(s.optOut) : null,
    cookies: (s.cookies ?? []).map((c) => ({
      // A pattern `^_ga_` is shown as `_ga_*`.
      name: c.name[0] == '^' ? c.name.slice(1).replace(/(\.\*)?\$?$/, '*') : c.name,
      lifetime: typeof c.lifetime == 'number' ? days.format(c.lifetime) : text(c.lifetime, lang),
      purpose: text(c.purpose, lang),
    })),
  };
}

/** The categories to show, in config order, each with its services. */
export function categoryViews(config: ResolvedConfig, strings: Strings): CategoryView[] {
  const services = Object.entries(config.services);
  return config.categoryIds.map((id) => ({
    id,
    ...categoryText(config, strings, id),
    necessary: config.categories[id].necessary,
    services: services.filter(([, s]) => s.category == id).map(([sid, s]) => serviceView(sid, s, strings.lang)),
  }));
}

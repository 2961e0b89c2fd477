/**
 * The descriptive half of catalogue entries, loaded with the UI: each `from` service's full entry is its
 * own small chunk (`services/details.ts`), so a page fetches only the entries its config uses.
 * `hydrateServices` fills the fields the config left to the catalogue (provider, purpose, policy links,
 * cookie lifetimes and purposes) into the one resolved config the UI reads; fields the config sets win.
 */
import type { CookieDeclaration, ResolvedConfig } from '../config.js';
import type { Strings } from '../i18n/strings.js';
import { CATALOGUE_DETAILS } from '../services/details.js';
import type { CatalogueEntry } from '../services/types.js';
import { formatLifetime } from './lifetime.js';

const loaded = new Map<string, Promise<CatalogueEntry | undefined>>();

/** Full entries by service id, for every configured service that came from the catalogue. */
export async function serviceDetails(config: ResolvedConfig): Promise<Record<string, CatalogueEntry>> {
  const out: Record<string, CatalogueEntry> = {};
  await Promise.all(
    Object.entries(config.services).map(async ([id, s]) => {
      const from = s.from;
      if (!from || !Object.hasOwn(CATALOGUE_DETAILS, from)) return;
      if (!loaded.has(from))
        loaded.set(
          from,
          CATALOGUE_DETAILS[from]().then(
            (m) => m.default,
            () => {
              loaded.delete(from); // a failed chunk may be fetched again later
              return undefined;
            },
          ),
        );
      const e = await loaded.get(from);
      if (e) out[id] = e;
    }),
  );
  return out;
}

/** The entry's cookies as the config declares cookies, lifetimes in `strings.lang`. */
export function entryCookies(e: CatalogueEntry, strings: Strings): CookieDeclaration[] {
  return e.cookies.map((c) => ({
    name: c.name,
    lifetime: formatLifetime(c.lifetime, strings.lang, strings.declaration.session),
    purpose: c.purpose,
    ...(c.party == 'third' && c.domain ? { domain: c.domain } : {}),
  }));
}

/** Fills what the config left to the catalogue; call again after a language change (lifetimes are text). */
export async function hydrateServices(
  config: ResolvedConfig,
  strings: Strings,
): Promise<Record<string, CatalogueEntry>> {
  const details = await serviceDetails(config);
  for (const [id, e] of Object.entries(details)) {
    const s = config.services[id];
    s.name ||= e.name;
    s.provider ||= e.provider;
    s.purpose ||= e.purpose;
    s.privacyPolicy ||= e.privacyPolicy;
    if (s.optOut === undefined && e.optOut) s.optOut = e.optOut;
    // The loader resolved only the entry's first-party cookie names (no lifetime, or one in the previous
    // language): replace them with the full table. Cookies the config lists itself are left alone.
    const firstParty = e.cookies.filter((c) => c.party == 'first').map((c) => c.name);
    const names = (s.cookies ?? []).map((c) => c.name);
    const fromEntry =
      names.join('\n') == firstParty.join('\n') || names.join('\n') == e.cookies.map((c) => c.name).join('\n');
    if (fromEntry) s.cookies = entryCookies(e, strings);
  }
  return details;
}

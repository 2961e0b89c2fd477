/**
 * The loader's own config check: small, and only for what makes consent itself unsafe (a field the
 * store, the cookie, the gate or Consent Mode would misread). It runs before `init` does anything, so
 * a config that fails it never opens the gate. Everything else (texts, URLs, countries, colours,
 * typos in display options) is for the full validator (`validate.ts`), a lazy chunk that also words
 * every message with the field and the fix.
 */
import { DEFAULT_CATEGORIES } from './config.js';
import { ID } from './record.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v == 'string';
/** Host name as the gate matches it: lowercase, no scheme, port, path or wildcard. */
export const HOST = /^([a-z\d]([a-z\d-]*[a-z\d])?\.)*[a-z\d]([a-z\d-]*[a-z\d])?$/;
/** A JavaScript global name, for `googleConsentMode.dataLayer`. */
const GLOBAL = /^[a-z_$][\w$]*$/i;
const MODE =
  /^(ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage|security_storage)$/;
/** Most a record may take in the cookie (consent-cookie.ts keeps writes under 3500 bytes). */
const RECORD_ROOM = 3400;

/**
 * Problems that make consent unsafe, each as `field: what is wrong`. Empty when the loader may start.
 * Pure: reads the config (and whether the Consent Mode global is usable), changes nothing.
 */
export function checkConfig(c: unknown): string[] {
  const out: string[] = [];
  const bad = (path: string, want: string): void => void out.push(path + ' must be ' + want);
  if (c === undefined) return out;
  if (!isObj(c)) return ['config must be an object'];
  const cats = c.categories === undefined ? DEFAULT_CATEGORIES : c.categories;
  const catIds = isObj(cats) ? Object.keys(cats) : [];
  if (!isObj(cats)) bad('categories', 'an object');
  for (const id of catIds)
    if (!ID.test(id) || !isObj((cats as Obj)[id])) bad('categories.' + id, 'an object with an id of a-z, 0-9, -, _');
  if (isObj(cats) && !catIds.some((id) => (cats[id] as Obj)?.necessary === true))
    bad('categories', 'a list with a necessary category (necessary: { necessary: true })');

  const services = c.services === undefined ? {} : c.services;
  if (!isObj(services)) bad('services', 'an object');
  else
    for (const id in services) {
      const s = services[id] as Obj;
      const p = 'services.' + id;
      if (!ID.test(id) || catIds.includes(id) || !isObj(s))
        bad(p, 'an object with an id of a-z, 0-9, -, _ that no category has');
      else {
        if (!catIds.includes(s.category as string)) bad(p + '.category', 'one of ' + catIds.join(', '));
        if (s.hosts !== undefined && !(Array.isArray(s.hosts) && s.hosts.every((h) => isStr(h) && HOST.test(h))))
          bad(p + '.hosts', 'a list of hosts (example.com)');
      }
    }
  if (catIds.join('.').length + Object.keys(isObj(services) ? services : {}).join('.').length > RECORD_ROOM)
    bad('services', 'fewer or shorter ids: the consent cookie cannot hold them');

  if (c.revision !== undefined && !(Number.isSafeInteger(c.revision) && (c.revision as number) >= 0))
    bad('revision', 'an integer ≥ 0');

  const k = c.cookie;
  if (k !== undefined)
    if (!isObj(k)) bad('cookie', 'an object');
    else {
      // RFC 6265 §4.1.1: a cookie name is a token.
      if (k.name !== undefined && !(isStr(k.name) && /^[\w!#$%&'*+.^`|~-]+$/.test(k.name)))
        bad('cookie.name', 'a cookie name (RFC 6265 token)');
      if (k.domain !== undefined && !(isStr(k.domain) && HOST.test(k.domain.replace(/^\./, ''))))
        bad('cookie.domain', 'a host (example.com)');
      if (k.path !== undefined && !(isStr(k.path) && /^\/[^;\s]*$/.test(k.path)))
        bad('cookie.path', 'a path starting with /');
      if (k.sameSite !== undefined && !/^(Lax|Strict|None)$/.test(k.sameSite as string))
        bad('cookie.sameSite', 'one of Lax, Strict, None');
      if (k.secure !== undefined && typeof k.secure != 'boolean') bad('cookie.secure', 'true or false');
      if (k.sameSite == 'None' && k.secure !== true) bad('cookie.secure', 'true with sameSite None');
      const d = k.expiresDays;
      if (d !== undefined && !(typeof d == 'number' && d > 0 && d < 1e6))
        bad('cookie.expiresDays', 'a number of days > 0');
    }

  const g = c.googleConsentMode;
  if (g !== undefined && typeof g != 'boolean' && !isObj(g)) bad('googleConsentMode', 'true, false or an object');
  else if (g) {
    const o: Obj = isObj(g) ? g : {};
    const name = o.dataLayer ?? 'dataLayer';
    const layer = isStr(name) && GLOBAL.test(name) ? (globalThis as Obj)[name] : 0;
    // The default must be pushed before any tag reads it: a name that is no array cannot take it.
    if (layer !== undefined && !Array.isArray(layer))
      bad('googleConsentMode.dataLayer', 'the name of a global that is an array or not yet defined (dataLayer)');
    const m = o.mapping;
    if (
      m !== undefined &&
      !(isObj(m) && Object.values(m).every((t) => Array.isArray(t) && t.every((x) => MODE.test(x))))
    )
      bad('googleConsentMode.mapping', '{ category: [Consent Mode types] }');
  }

  const gpc = c.gpc;
  if (
    gpc !== undefined &&
    typeof gpc != 'boolean' &&
    !(isObj(gpc) && Array.isArray(gpc.categories) && gpc.categories.every(isStr))
  )
    bad('gpc', 'true, false or { categories: [...] }');
  return out;
}

/**
 * The loader's own config check: small, and only for what makes consent itself unsafe (a field the
 * store, the cookie, the gate or Consent Mode would misread). It runs before `init` does anything, so
 * a config that fails it never opens the gate. It names the fields only: the full validator
 * (`validate.ts`, a lazy chunk loaded right after a refusal) words every problem with its fix, and
 * also reports what only affects display (texts, URLs, countries, colours), which never stops Keks.
 */
import { consentModeTypes, DEFAULT_CATEGORIES } from './config.js';
import { ID } from './record.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v == 'object' && !Array.isArray(v);
const str = (v: unknown, re: RegExp): boolean => typeof v == 'string' && re.test(v);
/** Host name as the gate matches it: lowercase, no scheme, port, path or wildcard. */
const HOST = /^([a-z\d]([a-z\d-]*[a-z\d])?\.)*[a-z\d]([a-z\d-]*[a-z\d])?$/;

/**
 * The fields that make consent unsafe; empty when the loader may start. Pure: reads the config (and
 * whether the Consent Mode global can take the default), changes nothing.
 */
export function checkConfig(c: unknown): string[] {
  const out: string[] = [];
  const need = (ok: unknown, path: string): void => void (ok || out.push(path));
  if (c === undefined) return out;
  if (!isObj(c)) return ['config'];
  const cats = c.categories ?? DEFAULT_CATEGORIES;
  const catIds = isObj(cats) ? Object.keys(cats) : [];
  need(
    catIds.every((id) => ID.test(id) && isObj(cats[id as never])) &&
      catIds.some((id) => (cats as Record<string, Obj>)[id].necessary === true),
    'categories',
  );
  const services = c.services ?? {};
  need(isObj(services), 'services');
  const ids = isObj(services) ? Object.keys(services) : [];
  for (const id of ids) {
    const s = services[id as never] as Obj;
    const p = 'services.' + id;
    need(ID.test(id) && !catIds.includes(id) && isObj(s), p);
    need(catIds.includes(s?.category as string), p + '.category');
    need(s?.hosts === undefined || (Array.isArray(s.hosts) && s.hosts.every((h) => str(h, HOST))), p + '.hosts');
  }
  // Room for the record in one cookie (consent-cookie.ts stops at 3500 bytes).
  need((catIds + '' + ids).length < 3400, 'services');
  need(c.revision === undefined || (Number.isSafeInteger(c.revision) && (c.revision as number) >= 0), 'revision');

  const k = c.cookie ?? {};
  if (!isObj(k)) out.push('cookie');
  else {
    // RFC 6265 §4.1.1: a cookie name is a token.
    need(k.name === undefined || str(k.name, /^[\w!#$%&'*+.^`|~-]+$/), 'cookie.name');
    need(k.domain === undefined || str(k.domain, /^\.?[a-z\d.-]+$/), 'cookie.domain');
    need(k.path === undefined || str(k.path, /^\/[^;\s]*$/), 'cookie.path');
    need(
      k.sameSite === undefined || str(k.sameSite, /^(Lax|Strict)$/) || (k.sameSite == 'None' && k.secure === true),
      'cookie.sameSite',
    );
    need(k.secure === undefined || typeof k.secure == 'boolean', 'cookie.secure');
    const d = k.expiresDays;
    need(d === undefined || (typeof d == 'number' && d > 0 && d < 1e6), 'cookie.expiresDays');
  }

  const g = c.googleConsentMode;
  if (g && typeof g != 'boolean') need(isObj(g), 'googleConsentMode');
  if (g) {
    const o: Obj = isObj(g) ? g : {};
    const name = o.dataLayer ?? 'dataLayer';
    // The default must be pushed before any tag reads it: a global that is no array cannot take it.
    const layer = str(name, /^[a-z_$][\w$]*$/i) ? (globalThis as Obj)[name as string] : 0;
    need(layer === undefined || Array.isArray(layer), 'googleConsentMode.dataLayer');
    const m = o.mapping;
    const types: string[] = consentModeTypes();
    need(
      m === undefined ||
        (isObj(m) && Object.values(m).every((t) => Array.isArray(t) && t.every((x) => types.includes(x)))),
      'googleConsentMode.mapping',
    );
  }
  const gpc = c.gpc;
  need(
    gpc === undefined ||
      typeof gpc == 'boolean' ||
      (isObj(gpc) && Array.isArray(gpc.categories) && gpc.categories.every((x) => typeof x == 'string')),
    'gpc',
  );
  return out;
}

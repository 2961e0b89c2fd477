/**
 * Validation of `config.records` (consent records), kept apart from the main table in `validate.ts`,
 * which passes in its own `obj` and `typed` builders so the loader carries no second copy of them.
 * Records travel to the site owner's receiver only over https (they link a consent id to a page and
 * a time, GDPR Art. 32), or to a path on the page's own origin, which follows the page's own scheme.
 */
type Check = (value: unknown, path: string) => unknown;

/** `https://host[:port]/path` (no credentials, no fragment) or `/path` on this origin (not `//host`). */
const ENDPOINT = /^(https:\/\/[^/?#\s@]+(\/[^#\s]*)?|\/(?![/\\])[^#\s]*)$/i;

/** The check for `records`: `{ endpoint }`, required, https or a same-origin path. */
export const recordsCheck = (
  obj: (spec: Record<string, Check>, required: string[]) => Check,
  typed: (test: (v: unknown) => boolean, want: string) => Check,
): Check =>
  obj(
    {
      endpoint: typed((v) => typeof v == 'string' && ENDPOINT.test(v), 'an https URL or a same-origin path (/consent)'),
    },
    ['endpoint'],
  );

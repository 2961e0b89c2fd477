/**
 * True in the development build. The production build replaces this module with
 * `export const DEV = false`, so code behind `if (DEV)` (long warnings, fix hints)
 * is dropped by the minifier. Messages that remain in production still name the field.
 */
export const DEV: boolean = true;

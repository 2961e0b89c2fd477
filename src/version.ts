/** Library version; kept equal to package.json (checked by test/unit/build-boundary.test.ts). */
export const VERSION = '0.1.0';

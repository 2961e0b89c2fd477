/** Where the script-tag build finds its lazy chunks: next to `keks.js` (embed.ts sets it from its own `src`). */
export const chunkBase: { href: string } = {
  href: typeof location != 'undefined' ? location.href : 'http://localhost/',
};

/**
 * Known crawlers and link previewers (bots are never granted consent; hiding the
 * banner from them is opt-in and keeps everything denied). Headless browsers are not
 * listed: real visitors' automation and our own tests use them.
 */
export function isBot(ua: string = typeof navigator != 'undefined' ? navigator.userAgent : ''): boolean {
  return /bot\b|bot\/|crawl|spider|slurp|mediapartners|lighthouse|facebookexternalhit|embedly|preview/i.test(ua);
}

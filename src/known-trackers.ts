/**
 * A small list of well-known tracking services, used only to warn when one is put in a necessary
 * category (EDPB Cookie Banner Taskforce report 2023 §26–30: analytics and
 * advertising are never strictly necessary). Not a blocklist: a miss only means no warning.
 */

/** Hosts (and their subdomains) of analytics and advertising services. */
export const TRACKER_HOSTS =
  /(^|\.)(google-analytics\.com|googletagmanager\.com|googleadservices\.com|googlesyndication\.com|doubleclick\.net|facebook\.(com|net)|fbcdn\.net|tiktok\.com|hotjar\.(com|io)|clarity\.ms|bing\.com|linkedin\.com|licdn\.com|twitter\.com|ads-twitter\.com|t\.co|x\.com|baidu\.com|yandex\.(ru|com)|criteo\.(com|net)|hs-analytics\.net|segment\.(com|io)|mixpanel\.com|amplitude\.com)$/;

/** Cookie names they set: Google (`_ga`, `_gid`, `_gat`, `_gcl_au`, `IDE`), Meta (`_fbp`, `_fbc`), TikTok (`_ttp`),
 * Hotjar (`_hj…`), Clarity (`_clck`, `_clsk`), Bing (`_uet…`, `MUID`), LinkedIn, X, Yandex (`_ym…`), Baidu (`Hm_…`), Criteo. */
export const TRACKER_COOKIES =
  /^(_ga|_gid|_gat|_gcl_|_fb[pc]$|_ttp$|_hj|_cl(ck|sk)$|_uet|MUID$|IDE$|li_|bcookie$|lidc$|personalization_id$|muc_ads$|_ym|yandexuid$|Hm_l|BAIDUID|cto_)/;

/**
 * The built-in translations' tags, two letters each, run together: small enough for the loader, which
 * fetches the UI's language file beside the UI (ui-loader-cdn.ts), and the floating button's stand-in.
 * A unit test keeps it equal to `availableLanguages` (load-strings.ts), where each has its chunk.
 */
export const BUILT_IN_LANGUAGES: readonly string[] =
  'arbgcsdadeelenesetfifrgahehrhuisitjaltlvmtnbnlplptrorusksltrsvukzh'.match(/../g)!;

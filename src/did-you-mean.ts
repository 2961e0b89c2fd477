/**
 * "Did you mean" for ids and option names: small enough for the production loader, so a typo in
 * markup or config points at the intended id instead of asking the owner to add the misspelled one.
 */

/** Levenshtein edit distance. */
export const distance = (a: string, b: string): number => {
  let row = Array.from(Array(b.length + 1), (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++) next[j + 1] = Math.min(row[j + 1] + 1, next[j] + 1, row[j] + +(a[i] != b[j]));
    row = next;
  }
  return row[b.length];
};

/** The known name closest to `key` (fewer than 3 edits, or containing it), if any. */
export function nearest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  return known.find((x) => distance(k, x.toLowerCase()) < 3 || (k.length > 3 && x.toLowerCase().includes(k)));
}

/** `; did you mean "x"?`, or nothing. */
export const didYouMean = (key: string, known: readonly string[]): string => {
  const hit = nearest(key, known);
  return hit ? `; did you mean "${hit}"?` : '';
};

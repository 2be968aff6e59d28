/**
 * Words as people type them without accents: natives often write "ultima", "mande", "esta" for
 * "última", "mandé", "está". A word list read against messages holds both forms.
 */

const MARKS = /\p{M}+/gu;

/** The word without its accents and other combining marks ("última" → "ultima", "ñ" → "n"); Han text is unchanged. */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

/** The words, each followed by its accent-free form when that differs (and is not in the list already). */
export function withAccentFreeForms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(withoutAccents(w));
  }
  return [...out];
}

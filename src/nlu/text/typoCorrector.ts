import type { PhraseHit, PhraseMatcher } from './phraseMatcher.ts';

/**
 * Misspelt dictionary words ("delivred", "delieverd", "paqete") put right before a phrase dictionary
 * is matched, so a typo does not change what a message says. Only words of a small vocabulary are
 * targets, with the same first letter; a word that is a prefix or an inflection of one ("arrive" /
 * "arrived") is never changed, nor is a short word (its one-letter neighbours are ordinary words).
 */

/** Optimal-string-alignment distance (edits and swaps of neighbours), or Infinity past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev: number[] = new Array<number>(cols).fill(0);
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const row = new Array<number>(cols);
    row[0] = i;
    let best = row[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return Infinity;
    prevPrev = prev;
    prev = row;
  }
  return prev[cols - 1]! <= max ? prev[cols - 1]! : Infinity;
}

/** From how many letters a word may be one edit, and two edits, from its target. */
export interface TypoLengths {
  oneEdit: number;
  twoEdits: number;
}

/** Nouns such as "paqete" are corrected from six letters; status words, whose neighbours are ordinary words ("pasado" / "parado"), from seven. */
export const NOUN_TYPOS: TypoLengths = Object.freeze({ oneEdit: 6, twoEdits: 8 });
export const WORD_TYPOS: TypoLengths = Object.freeze({ oneEdit: 7, twoEdits: 9 });
/**
 * Words of date periods ("semana pasda", "last mnoth") from four letters: a corrected word only counts
 * when the whole period phrase then reads, so an ordinary neighbour alone ("list") changes nothing.
 */
export const PERIOD_TYPOS: TypoLengths = Object.freeze({ oneEdit: 4, twoEdits: 8 });

const WORD = /[\p{L}]+/gu;

export interface CorrectedText {
  text: string;
  /** For each index of `text` (and its end), the index in the original text. */
  map: number[];
}

export class TypoCorrector {
  private readonly vocabulary: ReadonlySet<string>;
  private readonly targets: readonly string[];

  /** `phrases`: the dictionary whose words are targets (Latin words of six letters or more). */
  constructor(
    phrases: Iterable<string>,
    private readonly lengths: TypoLengths = WORD_TYPOS,
  ) {
    const words = new Set<string>();
    for (const p of phrases) for (const m of p.toLowerCase().matchAll(WORD)) words.add(m[0]);
    this.vocabulary = words;
    this.targets = [...words].filter((w) => w.length >= lengths.oneEdit && !/\p{Script=Han}/u.test(w));
  }

  /** How far a word of this length may be from its target. */
  private allowedEdits(length: number): number {
    return length >= this.lengths.twoEdits ? 2 : length >= this.lengths.oneEdit ? 1 : 0;
  }

  /** The dictionary word a misspelt `word` stands for, or null. */
  targetOf(word: string): string | null {
    const max = this.allowedEdits(word.length);
    if (max === 0 || this.vocabulary.has(word)) return null;
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const t of this.targets) {
      if (t[0] !== word[0] || t.startsWith(word) || word.startsWith(t)) continue;
      const d = editDistance(word, t, Math.min(max, this.allowedEdits(t.length)));
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best;
  }

  /** `lower` with its misspelt dictionary words put right, or null when none is (most messages). */
  correct(lower: string): CorrectedText | null {
    let out = '';
    let map: number[] | null = null;
    let at = 0;
    for (const m of lower.matchAll(WORD)) {
      const word = m[0];
      const target = this.targetOf(word);
      if (!target) continue;
      map ??= [];
      for (let i = at; i < m.index; i++) map.push(i);
      out += lower.slice(at, m.index);
      for (let i = 0; i < target.length; i++) map.push(m.index + Math.min(i, word.length - 1));
      out += target;
      at = m.index + word.length;
    }
    if (!map) return null;
    for (let i = at; i <= lower.length; i++) map.push(i);
    out += lower.slice(at);
    return { text: out, map };
  }
}

/** The hits of `matcher` in `lower` read through `typos` (when given), at their places in `lower`. */
export function findAllThroughTypos<V>(matcher: PhraseMatcher<V>, typos: TypoCorrector | null, lower: string): readonly PhraseHit<V>[] {
  const fixed = typos?.correct(lower) ?? null;
  if (!fixed) return matcher.findAll(lower);
  return matcher.findAll(fixed.text).map((h) => ({ ...h, index: fixed.map[h.index]!, end: fixed.map[h.end]! }));
}

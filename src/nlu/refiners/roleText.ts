import { PhraseMatcher, type PhraseHit } from '../text/phraseMatcher.ts';

/** What the span role refiners read around a span: clauses, words before it, phrases ending at it. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const HAN = /\p{Script=Han}/u;

/** Where the clause holding `index` starts: just after the last of `ends` before it. */
export function clauseStart(text: string, index: number, ends: string): number {
  for (let i = index - 1; i >= 0; i--) if (ends.includes(text[i]!)) return i + 1;
  return 0;
}

/** Where the clause holding `index` ends: at the first of `ends` from it on. */
export function clauseEnd(text: string, index: number, ends: string): number {
  for (let i = index; i < text.length; i++) if (ends.includes(text[i]!)) return i;
  return text.length;
}

/** The words of `text` (lower case), with where they start. */
export function wordsOf(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], index: m.index });
  return out;
}

/** True when `s` is written in Han characters (its cue phrases may then touch the place). */
export const isHan = (s: string): boolean => HAN.test(s);

/** A dictionary of cue phrases of one kind, found in lower-cased text on word boundaries (Han anywhere). */
export class Cues {
  private readonly matcher: PhraseMatcher<true>;
  readonly empty: boolean;

  constructor(phrases: readonly string[]) {
    this.matcher = new PhraseMatcher(phrases.map((p) => [p, true] as const));
    this.empty = phrases.length === 0;
  }

  /** Every cue in `lower`, longest first without overlaps. */
  all(lower: string): readonly PhraseHit<true>[] {
    return this.empty ? [] : this.matcher.findAll(lower);
  }

  /** The cue that ends `before` (trailing spaces ignored), or null. */
  ending(before: string): PhraseHit<true> | null {
    if (this.empty) return null;
    const trimmed = before.trimEnd();
    let last: PhraseHit<true> | null = null;
    for (const h of this.matcher.findAll(trimmed)) if (h.end === trimmed.length) last = h;
    return last;
  }

  /** The cue that starts `after` (leading spaces ignored), or null. */
  starting(after: string): PhraseHit<true> | null {
    if (this.empty) return null;
    const trimmed = after.trimStart();
    const h = this.matcher.matchAt(trimmed, 0);
    return h && h.index === 0 ? h : null;
  }

  /** Some cue occurs in `lower`. */
  some(lower: string): boolean {
    return !this.empty && this.matcher.findAll(lower).length > 0;
  }
}

/** Articles skipped between a cue and a name ("stuck at the Leipzig hub", "en la aduana de"). */
const ARTICLES = ['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'my', 'mi', 'our', 'nuestro'];

/** `before` without one trailing article. */
export function withoutArticle(before: string): string {
  const t = before.trimEnd();
  for (const a of ARTICLES) {
    if (t.endsWith(a) && (t.length === a.length || !/[\p{L}\p{N}]/u.test(t[t.length - a.length - 1]!))) return t.slice(0, t.length - a.length).trimEnd();
  }
  return t;
}

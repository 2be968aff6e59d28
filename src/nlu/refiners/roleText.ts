import { PhraseMatcher, type PhraseHit } from '../text/phraseMatcher.ts';

/** What the span role refiners read around a span: clauses, words before it, phrases ending at it. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const HAN = /\p{Script=Han}/u;

/** Dashes that end a clause when written apart ("the one out for delivery - when will it arrive?"); "re-route" is one word. */
const SPACED_DASHES = '-–—';

/** Whether the character at `i` ends a clause: one of `ends`, or a dash with a space on each side (outside round 9). */
function endsClause(text: string, i: number, ends: string): boolean {
  return ends.includes(text[i]!) || (SPACED_DASHES.includes(text[i]!) && text[i - 1] === ' ' && text[i + 1] === ' ');
}

/** Where the clause holding `index` starts: just after the last of `ends` before it. */
export function clauseStart(text: string, index: number, ends: string): number {
  for (let i = index - 1; i >= 0; i--) if (endsClause(text, i, ends)) return i + 1;
  return 0;
}

/** Where the clause holding `index` ends: at the first of `ends` from it on. */
export function clauseEnd(text: string, index: number, ends: string): number {
  for (let i = index; i < text.length; i++) if (endsClause(text, i, ends)) return i;
  return text.length;
}

/** The words of `text` (lower case), with where they start. */
export function wordsOf(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], index: m.index });
  return out;
}

/** Where the last `n` words of `text` before `end` start (`from` when it has fewer), scanning back no further than `from`. */
export function lastWordsStart(text: string, n: number, end = text.length, from = 0): number {
  let seen = 0;
  let i = end - 1;
  while (i >= from) {
    while (i >= from && !isWordChar(text.charCodeAt(i))) i--;
    if (i < from) break;
    while (i >= from && isWordChar(text.charCodeAt(i))) i--;
    if (++seen === n) return i + 1;
  }
  return from;
}

/** `end` moved back over spaces. */
export function trimmedEnd(text: string, end: number): number {
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end;
}

/** Where the first `n` words of `text` end (its length when it has fewer). */
export function firstWordsEnd(text: string, n: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    if (++seen === n) return i;
  }
  return text.length;
}

/** The first word of `text`, or ''. */
export function firstWord(text: string): string {
  let i = 0;
  while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

/** A letter, digit or apostrophe (ASCII without a regex). */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x27;
  return LETTER.test(String.fromCharCode(code));
}
const LETTER = /[\p{L}\p{N}’]/u;

/** True when `s` is written in Han characters (its cue phrases may then touch the place). */
export const isHan = (s: string): boolean => HAN.test(s);

/** A dictionary of cue phrases of one kind, found in lower-cased text on word boundaries (Han anywhere). */
export class Cues {
  private readonly matcher: PhraseMatcher<true>;
  /** Longest first, for `ending`: a few endsWith calls beat a scan of the whole text before a span. */
  private readonly longestFirst: readonly { phrase: string; han: boolean }[];
  readonly empty: boolean;

  constructor(phrases: readonly string[]) {
    this.matcher = new PhraseMatcher(phrases.map((p) => [p, true] as const));
    this.longestFirst = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length).map((phrase) => ({ phrase, han: HAN.test(phrase) }));
    this.empty = phrases.length === 0;
  }

  /** Every cue in `lower`, longest first without overlaps. */
  all(lower: string): readonly PhraseHit<true>[] {
    return this.empty ? [] : this.matcher.findAll(lower);
  }

  /** The cue that ends `before` (trailing spaces ignored), or null. */
  ending(before: string): PhraseHit<true> | null {
    return this.endingAt(before, before.length, 0);
  }

  /** The cue that ends at `end` in `text` (spaces before `end` ignored), starting no earlier than `from`; no slicing. */
  endingAt(text: string, end: number, from: number): PhraseHit<true> | null {
    if (this.empty) return null;
    const e = trimmedEnd(text, end);
    for (const { phrase, han } of this.longestFirst) {
      const index = e - phrase.length;
      if (index < from || !text.startsWith(phrase, index)) continue;
      if (!han && index > 0 && isWordChar(text.charCodeAt(index - 1)) && isWordChar(phrase.charCodeAt(0))) continue;
      return { index, end: e, phrase, value: true };
    }
    return null;
  }

  /** The cue that starts at `start` in `text` (spaces after it ignored), or null. */
  startingAt(text: string, start: number): PhraseHit<true> | null {
    if (this.empty) return null;
    let i = start;
    while (i < text.length && text.charCodeAt(i) === 0x20) i++;
    const h = this.matcher.matchAt(text, i);
    return h && h.index === i ? h : null;
  }

  /** Some cue occurs in `lower`. */
  some(lower: string): boolean {
    return !this.empty && this.matcher.findAll(lower).length > 0;
  }
}

/** Articles skipped between a cue and a name ("stuck at the Leipzig hub", "en la aduana de"). */
const ARTICLES = ['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una', 'my', 'mi', 'our', 'nuestro'];

/** Where the text before `end` ends once spaces and one trailing article (no earlier than `from`) are skipped. */
export function endWithoutArticle(text: string, end: number, from: number): number {
  const e = trimmedEnd(text, end);
  for (const a of ARTICLES) {
    const at = e - a.length;
    if (at >= from && text.startsWith(a, at) && (at === 0 || !isWordChar(text.charCodeAt(at - 1)))) return trimmedEnd(text, at);
  }
  return e;
}

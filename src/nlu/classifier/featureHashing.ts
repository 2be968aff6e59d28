import { classifierText, expandShorthand, intentFeatures } from './intentFeatures.ts';

/**
 * The features of intentFeatures.ts as pairs of 32-bit hashes, computed straight from the
 * characters: no feature strings are built per message. Two independent hashes (64 bits) make a
 * clash between a message's feature and a different vocabulary entry practically impossible; the
 * feature index refuses a clash inside the vocabulary at build time.
 */

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const ALT_OFFSET = 0x2f1a7c3b;
const ALT_PRIME = 0x5bd1e995;

/** Hash state after the feature prefixes ("w:", "b:", "c:", "h1:", "h2:", "h3:"). */
const PREFIX: Readonly<Record<'w' | 'b' | 'c' | 'h1' | 'h2' | 'h3', readonly [number, number]>> = {
  w: hashString('w:'),
  b: hashString('b:'),
  c: hashString('c:'),
  h1: hashString('h1:'),
  h2: hashString('h2:'),
  h3: hashString('h3:'),
};

function step1(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

function step2(h: number, code: number): number {
  const x = Math.imul(h ^ code, ALT_PRIME);
  return x ^ (x >>> 15);
}

function hashString(s: string, from: readonly [number, number] = [FNV_OFFSET, ALT_OFFSET]): [number, number] {
  let a = from[0];
  let b = from[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = step1(a, c);
    b = step2(b, c);
  }
  return [a, b];
}

/** The hash pair of one feature string ("w:parcel", "h2:包裹"). */
export function hashFeature(feature: string): [number, number] {
  return hashString(feature);
}

/** Receives each feature's hash pair, in intentFeatures' order, duplicates included (an object, not a closure: no allocation per message). */
export interface FeatureSink {
  feature(h1: number, h2: number): void;
  /**
   * Optional: the id of a Latin word in the sink's vocabulary from the hash pair of its "w:"
   * feature, or -1. With it, a known word goes to knownWord(), which adds its "w:", bigram and
   * n-gram features in that order; an unknown word sends only its n-grams to feature() (its "w:" and
   * bigram features cannot be in a vocabulary that lacks the word). endOfWords() gets the last word
   * for "b:last_$".
   */
  wordId?(h1: number, h2: number): number;
  knownWord?(id: number, previous: number): void;
  endOfWords?(previous: number): void;
}

/** `previous` of the first word ("b:^_word"). */
export const FIRST_WORD = -1;
/** `previous` after a word outside the vocabulary: no bigram with it is known. */
export const UNKNOWN_WORD = -2;

/** Character classes of the scanner. */
const CharClass = { Unknown: 0, Han: 1, Word: 2, Other: 3 } as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];

const HAN = /^\p{Script=Han}$/u;
const WORD = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit outside ASCII: Han, other letter or number, or anything else (filled lazily). */
const classes = new Uint8Array(0x10000);

function classOf(code: number): CharClass {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? CharClass.Word : CharClass.Other;
  }
  let c = classes[code] as CharClass;
  if (c === CharClass.Unknown) {
    const ch = String.fromCharCode(code);
    c = HAN.test(ch) ? CharClass.Han : WORD.test(ch) ? CharClass.Word : CharClass.Other;
    classes[code] = c;
  }
  return c;
}

/** Characters that NFD leaves alone and that carry no combining marks: most chat, Latin or Chinese. */
const NFD_STABLE = /^[\x00-\x7f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$/;
const SURROGATE = /[\ud800-\udfff]/;
const DIGIT = /[0-9]/;

const MARK = /\p{M}/u;
const STRIPPED_MARKS = /[\u0300-\u036f]/g;
/** Per UTF-16 code unit: the one unit classifierText turns it into, COMPLEX when it is not one unit (0: not yet known). */
const folded = new Uint16Array(0x10000);
const COMPLEX = 0xffff;

function foldOf(code: number): number {
  let f = folded[code]!;
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const d = ch.normalize('NFD').replace(STRIPPED_MARKS, '');
    // A mark, or a character that decomposes into more than one kept unit, needs the whole-string NFD.
    f = MARK.test(ch) || d.length !== 1 ? COMPLEX : d.charCodeAt(0);
    folded[code] = f;
  }
  return f;
}

/**
 * classifierText for text without digits or astral characters, one character at a time ("envío" ->
 * "envio"); null when a character needs the whole-string path (a combining mark, Hangul, …).
 */
function foldMarks(lower: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) continue;
    const f = foldOf(code);
    if (f === COMPLEX) return null;
    if (f === code) continue;
    out += lower.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/**
 * Calls `sink` for every feature intentFeatures(lower) would return, in the same order (so scores
 * add up in the same order), possibly with repeats. Text with astral characters takes the string
 * path, which is rare and exact.
 */
export function forEachFeatureHash(lower: string, sink: FeatureSink): void {
  if (SURROGATE.test(lower)) {
    for (const f of intentFeatures(lower)) {
      const [a, b] = hashString(f);
      sink.feature(a, b);
    }
    return;
  }
  const text = DIGIT.test(lower) ? classifierText(lower) : expandShorthand(NFD_STABLE.test(lower) ? lower : (foldMarks(lower) ?? classifierText(lower)));
  const n = text.length;
  // Han characters, bigrams and trigrams of each run, first (as intentFeatures does).
  for (let i = 0; i < n; i++) {
    if (classOf(text.charCodeAt(i)) !== CharClass.Han) continue;
    let end = i;
    while (end < n && classOf(text.charCodeAt(end)) === CharClass.Han) end++;
    for (let k = i; k < end; k++) {
      emitRange(text, k, k + 1, PREFIX.h1, sink);
      if (k + 1 < end) emitRange(text, k, k + 2, PREFIX.h2, sink);
      if (k + 2 < end) emitRange(text, k, k + 3, PREFIX.h3, sink);
    }
    i = end;
  }
  if (sink.wordId) {
    latinWordsByVocabulary(text, sink);
    return;
  }
  // Latin words (Han counts as a separator here), word bigrams, character 3-grams of <word>.
  // One pass over a word's characters hashes "w:word", the bigram "b:prev_word" (carried on from
  // the state after "b:prev_") and this word's own "b:word_" state for the next bigram.
  let bigramA = BIGRAM_START[0];
  let bigramB = BIGRAM_START[1];
  let sawWord = false;
  for (let i = 0; i < n; i++) {
    if (classOf(text.charCodeAt(i)) !== CharClass.Word) continue;
    let end = i;
    let allZero = true;
    while (end < n && classOf(text.charCodeAt(end)) === CharClass.Word) {
      if (text.charCodeAt(end) !== 0x30) allZero = false;
      end++;
    }
    if (!allZero) {
      let wa = PREFIX.w[0];
      let wb = PREFIX.w[1];
      let ba = bigramA;
      let bb = bigramB;
      let na = PREFIX.b[0];
      let nb = PREFIX.b[1];
      for (let k = i; k < end; k++) {
        const c = text.charCodeAt(k);
        wa = step1(wa, c);
        wb = step2(wb, c);
        ba = step1(ba, c);
        bb = step2(bb, c);
        na = step1(na, c);
        nb = step2(nb, c);
      }
      sink.feature(wa, wb);
      sink.feature(ba, bb);
      bigramA = step1(na, UNDERSCORE);
      bigramB = step2(nb, UNDERSCORE);
      sawWord = true;
      if (end - i >= 3) emitCharGrams(text, i, end, sink);
    }
    i = end;
  }
  // "b:last_$" when there was a word.
  if (sawWord) sink.feature(step1(bigramA, DOLLAR), step2(bigramB, DOLLAR));
}

/**
 * The Latin part of forEachFeatureHash for a sink with a vocabulary: each word's "w:" hash is
 * looked up as it is scanned; known words go to knownWord(), unknown ones send their n-grams.
 */
function latinWordsByVocabulary(text: string, sink: FeatureSink): void {
  const n = text.length;
  let previous = FIRST_WORD;
  let sawWord = false;
  for (let i = 0; i < n; i++) {
    if (classOf(text.charCodeAt(i)) !== CharClass.Word) continue;
    let end = i;
    let allZero = true;
    let a = PREFIX.w[0];
    let b = PREFIX.w[1];
    for (; end < n; end++) {
      const c = text.charCodeAt(end);
      if (classOf(c) !== CharClass.Word) break;
      if (c !== 0x30) allZero = false;
      a = step1(a, c);
      b = step2(b, c);
    }
    if (!allZero) {
      const id = sink.wordId!(a, b);
      sawWord = true;
      if (id >= 0) {
        sink.knownWord!(id, previous);
        previous = id;
      } else {
        previous = UNKNOWN_WORD;
        if (end - i >= 3) emitCharGrams(text, i, end, sink);
      }
    }
    i = end;
  }
  if (sawWord) sink.endOfWords!(previous);
}

/** hashRange's result (two numbers without allocating a pair). */
let hashA = 0;
let hashB = 0;

function hashRange(text: string, from: number, to: number, prefix: readonly [number, number]): void {
  let a = prefix[0];
  let b = prefix[1];
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    a = step1(a, c);
    b = step2(b, c);
  }
  hashA = a;
  hashB = b;
}

function emitRange(text: string, from: number, to: number, prefix: readonly [number, number], sink: FeatureSink): void {
  hashRange(text, from, to, prefix);
  sink.feature(hashA, hashB);
}

const CARET = 0x5e; // '^': no word before
const UNDERSCORE = 0x5f;
const DOLLAR = 0x24; // '$': no word after
const LT = 0x3c;
const GT = 0x3e;
/** Hash state after "b:^_": the bigram before the first word. */
const BIGRAM_START = ((): readonly [number, number] => {
  const [a, b] = PREFIX.b;
  return [step1(step1(a, CARET), UNDERSCORE), step2(step2(b, CARET), UNDERSCORE)];
})();

/** "c:" 3-grams of "<word>", left to right. */
function emitCharGrams(text: string, start: number, end: number, sink: FeatureSink): void {
  const len = end - start + 2;
  const a0 = PREFIX.c[0];
  const b0 = PREFIX.c[1];
  for (let p = 0; p + 3 <= len; p++) {
    let a = a0;
    let b = b0;
    for (let k = p; k < p + 3; k++) {
      // Position k of "<word>".
      const c = k === 0 ? LT : k === len - 1 ? GT : text.charCodeAt(start + k - 1);
      a = step1(a, c);
      b = step2(b, c);
    }
    sink.feature(a, b);
  }
}

/**
 * Open-addressing map from a feature's hash pair to a row (0 .. capacityHint - 1). A slot holds the
 * first hash and the row side by side (8 bytes); the second hash is kept per row and read only when
 * the first matches. Small enough to stay in the CPU's caches; a lookup allocates nothing.
 */
export class FeatureIndex {
  private readonly mask: number;
  /** Per slot: hash a, row + 1 (0: empty). */
  private readonly slots: Int32Array;
  /** Per row: hash b. */
  private keyB: Int32Array;
  size = 0;

  constructor(capacityHint: number) {
    let cap = 16;
    while (cap < capacityHint * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    this.keyB = new Int32Array(Math.max(1, capacityHint));
  }

  /** Adds a feature string as `row`. Throws on a hash clash between two vocabulary entries (a bug to fix by changing seeds). */
  add(feature: string, row: number): void {
    const [a, b] = hashString(feature);
    if (this.size * 2 >= this.mask + 1) throw new Error('FeatureIndex is full: give a larger capacity hint');
    let slot = (a ^ (b >>> 7)) & this.mask;
    while (this.slots[slot * 2 + 1] !== 0) {
      if (this.slots[slot * 2] === a && this.keyB[this.slots[slot * 2 + 1]! - 1] === b) throw new Error(`feature hash clash: ${feature}`);
      slot = (slot + 1) & this.mask;
    }
    if (row >= this.keyB.length) {
      const grown = new Int32Array(Math.max(row + 1, this.keyB.length * 2));
      grown.set(this.keyB);
      this.keyB = grown;
    }
    this.slots[slot * 2] = a;
    this.slots[slot * 2 + 1] = row + 1;
    this.keyB[row] = b;
    this.size++;
  }

  /** The row of a hash pair, or -1. */
  get(a: number, b: number): number {
    const slots = this.slots;
    const wrap = this.mask * 2 + 1;
    let at = ((a ^ (b >>> 7)) & this.mask) << 1;
    for (;;) {
      const r = slots[at + 1]!;
      if (r === 0) return -1;
      if (slots[at] === a && this.keyB[r - 1] === b) return r - 1;
      at = (at + 2) & wrap;
    }
  }
}

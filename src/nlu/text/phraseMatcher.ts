/** A match of a dictionary phrase inside a text. */
export interface PhraseHit<V> {
  index: number;
  end: number;
  phrase: string;
  value: V;
}

/** findAll's answer when nothing matches (most texts): one shared empty list. */
const NO_HITS: readonly never[] = Object.freeze([]);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Per UTF-16 code unit outside ASCII: 1 not a word character, 2 a word character (0: not yet known). */
const wordClass = new Uint8Array(0x10000);

/** [\p{L}\p{N}] for one UTF-16 code unit, ASCII without a regex. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let c = wordClass[code]!;
  if (c === 0) wordClass[code] = c = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
  return c === 2;
}

interface Entry<V> {
  phrase: string;
  value: V;
  han: boolean;
  /** The phrase's first and last characters are letters or digits (word-boundary checks apply). */
  wordStart: boolean;
  wordEnd: boolean;
}

/** Flags per first character: some phrase starts with it at a word start / anywhere (Han or punctuation first). */
const AT_WORD_START = 1;
const ANYWHERE = 2;
/** Some one-character phrase is this character. */
const SINGLE = 4;

/**
 * Finds dictionary phrases in lower-cased text, longest first, without overlaps. Latin phrases
 * must sit on word boundaries; Han phrases may sit anywhere (Chinese has no spaces).
 */
export class PhraseMatcher<V> {
  /** By their first two characters (c0 * 0x10000 + c1); each list longest first. */
  private readonly byPrefix = new Map<number, Entry<V>[]>();
  /** One-character phrases by that character. */
  private readonly single = new Map<number, Entry<V>>();
  /** AT_WORD_START | ANYWHERE per first character: most positions are rejected by one array read. */
  private readonly firstFlags = new Uint8Array(0x10000);

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [raw, value] of entries) {
      const phrase = raw.toLowerCase();
      if (!phrase) continue;
      const entry: Entry<V> = {
        phrase,
        value,
        han: HAN.test(phrase),
        wordStart: WORD_CHAR.test(phrase[0]!),
        wordEnd: WORD_CHAR.test(phrase[phrase.length - 1]!),
      };
      const first = phrase.charCodeAt(0);
      if (first < this.lowestFirst) this.lowestFirst = first;
      this.firstFlags[first]! |= entry.han || !entry.wordStart ? ANYWHERE | AT_WORD_START : AT_WORD_START;
      if (phrase.length === 1) {
        // The first of equal phrases wins, as in a stable longest-first list.
        if (!this.single.has(first)) this.single.set(first, entry);
        this.firstFlags[first]! |= SINGLE;
        continue;
      }
      const key = first * 0x10000 + phrase.charCodeAt(1);
      let list = this.byPrefix.get(key);
      if (!list) this.byPrefix.set(key, (list = []));
      list.push(entry);
    }
    for (const [key, list] of this.byPrefix) {
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      const first = Math.floor(key / 0x10000);
      const second = key % 0x10000;
      if (first < 0x80 && second < 0x80) this.asciiPrefix[first * 0x80 + second] = this.asciiLists.push(list);
    }
  }

  /** byPrefix for two ASCII characters: (index into asciiLists) + 1 per pair, 0 for none (an array read instead of a hash lookup). */
  private readonly asciiPrefix = new Int32Array(0x80 * 0x80);
  private readonly asciiLists: Entry<V>[][] = [];

  private listAt(first: number, second: number): Entry<V>[] | undefined {
    if (first < 0x80 && second < 0x80) {
      const at = this.asciiPrefix[first * 0x80 + second]!;
      return at === 0 ? undefined : this.asciiLists[at - 1];
    }
    return this.byPrefix.get(first * 0x10000 + second);
  }

  /** The lowest first character of any phrase: text below it throughout (Latin text for Chinese names) has no hit. */
  private lowestFirst = 0x10000;

  /** Non-overlapping hits, left to right, the longest phrase winning at each position. */
  findAll(lower: string): readonly PhraseHit<V>[] {
    let hits: PhraseHit<V>[] | null = null;
    const n = lower.length;
    let reachable = false;
    for (let k = 0; k < n && !reachable; k++) reachable = lower.charCodeAt(k) >= this.lowestFirst;
    if (!reachable) return NO_HITS;
    const flags = this.firstFlags;
    let i = 0;
    while (i < n) {
      const code = lower.charCodeAt(i);
      const hit = flags[code] === 0 ? null : this.matchAt(lower, i);
      if (hit) {
        (hits ??= []).push(hit);
        i = hit.end;
        continue;
      }
      i++;
      // The rest of a word: only phrases that may start inside a word (Han ones) could start there.
      if (isWordCode(code)) while (i < n && (flags[lower.charCodeAt(i)]! & ANYWHERE) === 0 && isWordCode(lower.charCodeAt(i))) i++;
    }
    return hits ?? NO_HITS;
  }

  /** The longest phrase starting exactly at `i`, or null. */
  matchAt(lower: string, i: number): PhraseHit<V> | null {
    const first = lower.charCodeAt(i);
    const flags = this.firstFlags[first]!;
    if (flags === 0) return null;
    // Inside a word only Han phrases may start (the first character is a word character here when wordStart).
    const midWord = i > 0 && isWordCode(lower.charCodeAt(i - 1));
    if (midWord && (flags & ANYWHERE) === 0) return null;
    if (i + 1 < lower.length) {
      const list = this.listAt(first, lower.charCodeAt(i + 1));
      if (list) {
        for (const entry of list) {
          const hit = this.hitAt(lower, i, entry, midWord);
          if (hit) return hit;
        }
      }
    }
    if ((flags & SINGLE) === 0) return null;
    const one = this.single.get(first);
    return one ? this.hitAt(lower, i, one, midWord) : null;
  }

  private hitAt(lower: string, i: number, entry: Entry<V>, midWord: boolean): PhraseHit<V> | null {
    if (!entry.han && midWord && entry.wordStart) return null;
    const phrase = entry.phrase;
    // The list shares the first two characters: the length and the last character rule most entries out before startsWith.
    const last = i + phrase.length - 1;
    if (last >= lower.length || lower.charCodeAt(last) !== phrase.charCodeAt(phrase.length - 1)) return null;
    if (!lower.startsWith(phrase, i)) return null;
    const end = i + phrase.length;
    if (!entry.han && entry.wordEnd && end < lower.length && isWordCode(lower.charCodeAt(end))) return null;
    return { index: i, end, phrase, value: entry.value };
  }
}

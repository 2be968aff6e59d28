/** A match of a dictionary phrase inside a text. */
export interface PhraseHit<V> {
  index: number;
  end: number;
  phrase: string;
  value: V;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** [\p{L}\p{N}] for one UTF-16 code unit, ASCII without a regex. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHAR.test(String.fromCharCode(code));
}

interface Entry<V> {
  phrase: string;
  value: V;
  han: boolean;
  /** The phrase's first and last characters are letters or digits (word-boundary checks apply). */
  wordStart: boolean;
  wordEnd: boolean;
}

/**
 * Finds dictionary phrases in lower-cased text, longest first, without overlaps. Latin phrases
 * must sit on word boundaries; Han phrases may sit anywhere (Chinese has no spaces).
 */
export class PhraseMatcher<V> {
  /** By first character code; each list longest first. */
  private readonly byFirstChar = new Map<number, Entry<V>[]>();
  /** Some phrase starts with a character outside ASCII (a text without one can skip those). */
  private readonly anyAsciiFirst: boolean;

  constructor(entries: Iterable<readonly [string, V]>) {
    let anyAsciiFirst = false;
    for (const [raw, value] of entries) {
      const phrase = raw.toLowerCase();
      if (!phrase) continue;
      const first = phrase.charCodeAt(0);
      if (first < 0x80) anyAsciiFirst = true;
      let list = this.byFirstChar.get(first);
      if (!list) this.byFirstChar.set(first, (list = []));
      list.push({
        phrase,
        value,
        han: HAN.test(phrase),
        wordStart: WORD_CHAR.test(phrase[0]!),
        wordEnd: WORD_CHAR.test(phrase[phrase.length - 1]!),
      });
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
    this.anyAsciiFirst = anyAsciiFirst;
  }

  /** Non-overlapping hits, left to right, the longest phrase winning at each position. */
  findAll(lower: string): PhraseHit<V>[] {
    const hits: PhraseHit<V>[] = [];
    let i = 0;
    while (i < lower.length) {
      if (!this.anyAsciiFirst && lower.charCodeAt(i) < 0x80) {
        i++;
        continue;
      }
      const hit = this.matchAt(lower, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  /** The longest phrase starting exactly at `i`, or null. */
  matchAt(lower: string, i: number): PhraseHit<V> | null {
    const list = this.byFirstChar.get(lower.charCodeAt(i));
    if (!list) return null;
    // Inside a word only Han phrases may start (the first character is a word character here when wordStart).
    const midWord = i > 0 && isWordCode(lower.charCodeAt(i - 1));
    for (const entry of list) {
      if (!entry.han && midWord && entry.wordStart) continue;
      if (!lower.startsWith(entry.phrase, i)) continue;
      const end = i + entry.phrase.length;
      if (!entry.han && entry.wordEnd && end < lower.length && isWordCode(lower.charCodeAt(end))) continue;
      return { index: i, end, phrase: entry.phrase, value: entry.value };
    }
    return null;
  }
}

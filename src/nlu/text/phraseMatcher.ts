/** A match of a dictionary phrase inside a text. */
export interface PhraseHit<V> {
  index: number;
  end: number;
  phrase: string;
  value: V;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Finds dictionary phrases in lower-cased text, longest first, without overlaps. Latin phrases
 * must sit on word boundaries; Han phrases may sit anywhere (Chinese has no spaces).
 */
export class PhraseMatcher<V> {
  private readonly byFirstChar = new Map<string, { phrase: string; value: V; han: boolean }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [raw, value] of entries) {
      const phrase = raw.toLowerCase();
      if (!phrase) continue;
      const first = phrase[0]!;
      let list = this.byFirstChar.get(first);
      if (!list) this.byFirstChar.set(first, (list = []));
      list.push({ phrase, value, han: HAN.test(phrase) });
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** Non-overlapping hits, left to right, the longest phrase winning at each position. */
  findAll(lower: string): PhraseHit<V>[] {
    const hits: PhraseHit<V>[] = [];
    let i = 0;
    while (i < lower.length) {
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
    const list = this.byFirstChar.get(lower[i]!);
    if (!list) return null;
    for (const entry of list) {
      if (!lower.startsWith(entry.phrase, i)) continue;
      const end = i + entry.phrase.length;
      if (!entry.han) {
        const before = i > 0 ? lower[i - 1]! : ' ';
        const after = end < lower.length ? lower[end]! : ' ';
        if (WORD_CHAR.test(before) && WORD_CHAR.test(entry.phrase[0]!)) continue;
        if (WORD_CHAR.test(after) && WORD_CHAR.test(entry.phrase[entry.phrase.length - 1]!)) continue;
      }
      return { index: i, end, phrase: entry.phrase, value: entry.value };
    }
    return null;
  }
}

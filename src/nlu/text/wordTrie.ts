/** lowerCodeUnit's answer for a character whose lower case is not one code unit ("İ"). */
export const NO_LOWER_UNIT = 0xffff;

/** Per UTF-16 code unit outside ASCII: its lower case (0: not yet known). */
const lowerUnit = new Uint16Array(0x10000);

/** The lower case of one code unit, for walking a trie of lower-case words through text of any case. */
export function lowerCodeUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
  let l = lowerUnit[code]!;
  if (l === 0) {
    const s = String.fromCharCode(code).toLowerCase();
    lowerUnit[code] = l = s.length === 1 ? s.charCodeAt(0) : NO_LOWER_UNIT;
  }
  return l;
}

/**
 * A dictionary of words with bit flags, read a character at a time: a word of a message is looked
 * up while it is scanned, without slicing a string or hashing it. Lower-case a–z take an array
 * step; other characters (accents, apostrophes, Han) a map step. Node 0 is the root; -1 is "no
 * such prefix", from which every step stays at -1.
 */
export class WordTrie {
  /** Per node, 26 children for a–z (node index, or -1). */
  private ascii: Int32Array;
  /** Children for every other character: node * 0x10000 + code -> node. */
  private readonly other = new Map<number, number>();
  /** Per node, the flags of the word ending there (0: none). */
  private flagsOf: Int32Array;
  private nodes = 1;

  constructor(entries: Iterable<readonly [string, number]> = []) {
    this.ascii = new Int32Array(26 * 64).fill(-1);
    this.flagsOf = new Int32Array(64);
    for (const [word, flags] of entries) this.add(word, flags);
  }

  /** Adds `flags` to `word` (lower case). */
  add(word: string, flags: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let next = this.step(node, code);
      if (next < 0) {
        next = this.newNode();
        if (code >= 0x61 && code <= 0x7a) this.ascii[node * 26 + code - 0x61] = next;
        else this.other.set(node * 0x10000 + code, next);
      }
      node = next;
    }
    this.flagsOf[node]! |= flags;
  }

  /** The node after `code` from `node` (-1: no word continues so). */
  step(node: number, code: number): number {
    if (node < 0) return -1;
    if (code >= 0x61 && code <= 0x7a) return this.ascii[node * 26 + code - 0x61]!;
    return this.other.get(node * 0x10000 + code) ?? -1;
  }

  /** The flags of the word that ends at `node` (0 when none does). */
  flags(node: number): number {
    return node < 0 ? 0 : this.flagsOf[node]!;
  }

  /** The flags of `text.slice(from, to)` as a word. */
  lookup(text: string, from: number, to: number): number {
    let node = 0;
    for (let i = from; i < to && node >= 0; i++) node = this.step(node, text.charCodeAt(i));
    return this.flags(node);
  }

  private newNode(): number {
    const id = this.nodes++;
    if (id >= this.flagsOf.length) {
      const grown = new Int32Array(this.ascii.length * 2).fill(-1);
      grown.set(this.ascii);
      this.ascii = grown;
      const flags = new Int32Array(this.flagsOf.length * 2);
      flags.set(this.flagsOf);
      this.flagsOf = flags;
    }
    return id;
  }
}

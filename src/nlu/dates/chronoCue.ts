import { lowerCodeUnit, WordTrie } from '../text/wordTrie.ts';

/** A cheap test that is true wherever a chrono-node parser could find a date; chrono runs only then. */
export interface DateCue {
  test(text: string): boolean;
}

/** The words a chrono-node locale parser reads dates from (data: locales/<lang>/constants.ts). */
export interface ChronoVocabulary {
  /** Dates or times on their own: month and weekday names and abbreviations, today, noon … */
  readonly words: readonly string[];
  /** Duration units: a date only right after a number or a relative word ("2 days ago", "last week"). */
  readonly units: readonly string[];
  /** What chrono's patterns allow right before a unit: number words, articles, this/last/next … */
  readonly beforeUnit: readonly string[];
  /** Relative words chrono also reads fused with a unit ("lastweek", "nextmonth"). */
  readonly fusedBeforeUnit: readonly string[];
  /**
   * When given, a count before a unit only counts after one of these words (Spanish: chrono reads
   * "en dos días", "dentro de dos semanas", not "hace dos días").
   */
  readonly beforeCount?: readonly string[];
}

/** Flags of the cue's words. */
const DATE_WORD = 1;
const UNIT = 2;
const BEFORE_UNIT = 4;
const BEFORE_COUNT = 8;

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit: 1 other, 2 letter, 3 ASCII digit (0: not yet known). */
const charClass = new Uint8Array(0x10000);
const OTHER = 1;
const LETTER_CLASS = 2;
const DIGIT_CLASS = 3;
/** Digits in a row from which a number is no date part (days, months, years and times have at most four). */
const LONG_NUMBER = 5;

function classOf(code: number): number {
  if (code < 0x80) {
    if (code >= 0x30 && code <= 0x39) return DIGIT_CLASS;
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LETTER_CLASS : OTHER;
  }
  let c = charClass[code]!;
  if (c === 0) charClass[code] = c = LETTER.test(String.fromCharCode(code)) ? LETTER_CLASS : OTHER;
  return c;
}

/**
 * chrono's triggers read word by word instead of by a regular expression over prefixes: every
 * chrono pattern needs a digit, a word of `words`, or a unit right after a number or relative word.
 * So ordinary words that merely begin like a month or weekday ("declined", "friend", "market"),
 * units that count nothing ("customer service hours") and digits inside codes ("1Z999AA1…",
 * "A1B2C3") no longer wake chrono. chrono's own word boundary is ASCII (`\W`), so a word with
 * accented letters is also read in its ASCII pieces ("señhoy" holds "hoy" for chrono). Words are
 * looked up in a trie while they are scanned: no strings are built. Left out on purpose: a month
 * fused with what follows it ("Marof", which chrono reads as "Mar of" in the town Novi Marof).
 * test/nlu/chrono_date_cue.test.ts checks that chrono finds nothing wherever this says no.
 */
export class ChronoCue implements DateCue {
  private readonly trie = new WordTrie();
  /** A count needs a word of beforeCount right before it. */
  private readonly countNeedsPrefix: boolean;

  constructor(vocabulary: ChronoVocabulary) {
    const low = (words: readonly string[]) => words.map((w) => w.toLowerCase());
    for (const w of low(vocabulary.words)) this.trie.add(w, DATE_WORD);
    for (const w of low(vocabulary.units)) this.trie.add(w, UNIT);
    for (const w of low(vocabulary.beforeUnit)) this.trie.add(w, BEFORE_UNIT);
    for (const f of low(vocabulary.fusedBeforeUnit)) for (const u of low(vocabulary.units)) this.trie.add(f + u, DATE_WORD);
    for (const w of low(vocabulary.beforeCount ?? [])) this.trie.add(w, BEFORE_COUNT);
    this.countNeedsPrefix = vocabulary.beforeCount !== undefined;
  }

  test(text: string): boolean {
    const trie = this.trie;
    const n = text.length;
    // The word before the current one may stand before a unit ("two", "the", "last").
    let counts = false;
    // The word before the current one may stand before a count ("en", "dentro de").
    let prefixed = !this.countNeedsPrefix;
    let i = 0;
    while (i < n) {
      if (classOf(text.charCodeAt(i)) === OTHER) {
        i++;
        continue;
      }
      const start = i;
      let whole = 0;
      // The ASCII piece since the last accented letter, for chrono's ASCII word boundary.
      let piece = 0;
      let pieceLength = 0;
      let accented = false;
      let digits = false;
      let sawLetter = false;
      let letterBeforeDigit = false;
      let leading = 0;
      for (; i < n; i++) {
        const code = text.charCodeAt(i);
        const c = classOf(code);
        if (c === OTHER) break;
        if (c === DIGIT_CLASS) {
          if (!digits && sawLetter) leading = trie.flags(whole);
          if (sawLetter) letterBeforeDigit = true;
          digits = true;
          whole = -1;
          piece = -1;
          continue;
        }
        const l = lowerCodeUnit(code);
        sawLetter = true;
        whole = trie.step(whole, l);
        if (l >= 0x80) {
          if (pieceLength > 0 && !digits && readsAsDate(trie.flags(piece), counts)) return true;
          accented = true;
          piece = 0;
          pieceLength = 0;
        } else {
          piece = trie.step(piece, l);
          pieceLength++;
        }
      }
      if (digits) {
        // A number, a date or a time ("15th", "3/5", "10am") goes to chrono; a code ("1z999aa1…",
        // "a1b2c3") does only where it starts with a month or weekday ("march15"). Five digits and
        // more are no day, month, year or time: only a count before a unit ("12345 days").
        if (letterBeforeDigit) {
          if ((leading & DATE_WORD) !== 0) return true;
          counts = false;
        } else if (sawLetter || i - start < LONG_NUMBER) {
          return true;
        } else {
          counts = prefixed;
        }
        prefixed = !this.countNeedsPrefix;
        continue;
      }
      const flags = trie.flags(whole);
      if (readsAsDate(flags, counts)) return true;
      if (accented && pieceLength > 0 && readsAsDate(trie.flags(piece), counts)) return true;
      counts = (flags & BEFORE_UNIT) !== 0 && prefixed;
      prefixed = !this.countNeedsPrefix || (flags & BEFORE_COUNT) !== 0;
    }
    return false;
  }
}

function readsAsDate(flags: number, afterCount: boolean): boolean {
  return (flags & DATE_WORD) !== 0 || ((flags & UNIT) !== 0 && afterCount);
}

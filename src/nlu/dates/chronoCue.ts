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
}

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code unit: 1 other, 2 letter, 3 ASCII digit (0: not yet known). */
const charClass = new Uint8Array(0x10000);
const OTHER = 1;
const LETTER_CLASS = 2;
const DIGIT_CLASS = 3;

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
 * accented letters is also read in its ASCII pieces ("señhoy" holds "hoy" for chrono).
 * test/nlu/chrono_date_cue.test.ts checks that chrono finds nothing wherever this says no.
 */
export class ChronoCue implements DateCue {
  private readonly words: ReadonlySet<string>;
  private readonly units: ReadonlySet<string>;
  private readonly beforeUnit: ReadonlySet<string>;
  private readonly fused: readonly string[];

  constructor(vocabulary: ChronoVocabulary) {
    this.words = new Set(vocabulary.words.map((w) => w.toLowerCase()));
    this.units = new Set(vocabulary.units.map((w) => w.toLowerCase()));
    this.beforeUnit = new Set(vocabulary.beforeUnit.map((w) => w.toLowerCase()));
    this.fused = vocabulary.fusedBeforeUnit.map((w) => w.toLowerCase());
  }

  test(text: string): boolean {
    const lower = text.toLowerCase();
    const n = lower.length;
    // The word before the current one may stand before a unit ("two", "the", "last", a number).
    let counts = false;
    let i = 0;
    while (i < n) {
      const first = classOf(lower.charCodeAt(i));
      if (first === OTHER) {
        i++;
        continue;
      }
      let end = i;
      let digits = false;
      let letterBeforeDigit = false;
      let sawLetter = false;
      let nonAscii = false;
      let letterRun = -1;
      for (; end < n; end++) {
        const code = lower.charCodeAt(end);
        const c = classOf(code);
        if (c === OTHER) break;
        if (c === DIGIT_CLASS) {
          if (sawLetter) letterBeforeDigit = true;
          if (!digits && letterRun < 0) letterRun = end - i;
          digits = true;
        } else {
          sawLetter = true;
          if (code >= 0x80) nonAscii = true;
        }
      }
      const token = lower.slice(i, end);
      i = end;
      if (digits) {
        // A number, a date or a time ("15th", "3/5", "10am") goes to chrono; a code ("1z999aa1…",
        // "a1b2c3") does only where it starts with a month or weekday ("march15").
        if (!letterBeforeDigit) return true;
        if (letterRun > 0 && this.words.has(token.slice(0, letterRun))) return true;
        counts = false;
        continue;
      }
      if (this.readsAsDate(token, counts)) return true;
      if (nonAscii) {
        for (const piece of token.split(/[^a-z]+/)) if (piece && piece !== token && this.readsAsDate(piece, counts)) return true;
      }
      counts = this.beforeUnit.has(token);
    }
    return false;
  }

  private readsAsDate(word: string, afterCount: boolean): boolean {
    if (this.words.has(word)) return true;
    if (this.units.has(word)) return afterCount;
    for (const f of this.fused) if (word.length > f.length && word.startsWith(f) && this.units.has(word.slice(f.length))) return true;
    return false;
  }
}

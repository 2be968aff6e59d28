const PLAIN = /^[a-z ]*$/;

/** Lower case, accents folded, punctuation to spaces: "São  Paulo," -> "sao paulo", "St. Louis" -> "st louis". */
export function normalizePlaceName(raw: string): string {
  const lower = raw.toLowerCase();
  if (PLAIN.test(lower) && !lower.includes('  ')) return lower.trim(); // fast path: most GeoNames names
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const MARK = /\p{M}/u;
const MARKS = /\p{M}+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code unit above ASCII: the letter or digit it folds to (accents off), FOLD_COMPLEX otherwise; 0 not yet known. */
const wordFold = new Uint16Array(0x10000);
const FOLD_COMPLEX = 0xffff;

function foldOf(code: number): number {
  let f = wordFold[code]!;
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const d = ch.normalize('NFD').replace(MARKS, '');
    f = !MARK.test(ch) && d.length === 1 && LETTER_OR_DIGIT.test(d) ? d.charCodeAt(0) : FOLD_COMPLEX;
    wordFold[code] = f;
  }
  return f;
}

/**
 * normalizePlaceName of one lower-case word of letters and digits, a character at a time
 * ("bogotá" -> "bogota"); null when it needs the general path (marks, apostrophes, dots, …).
 */
export function placeKeyOfWord(lower: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue;
    if (code < 0x80) return null;
    const f = foldOf(code);
    if (f === FOLD_COMPLEX) return null;
    if (f === code) continue;
    out += lower.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** Three rows of the distance table (two back for transpositions), grown as needed and reused. */
let rowPrev2 = new Int32Array(64);
let rowPrev = new Int32Array(64);
let rowCur = new Int32Array(64);

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  if (rowCur.length <= m) {
    rowPrev2 = new Int32Array(m + 1);
    rowPrev = new Int32Array(m + 1);
    rowCur = new Int32Array(m + 1);
  }
  let prev2 = rowPrev2;
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = Infinity;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/** Lower case, accents folded, punctuation to spaces: "São  Paulo," -> "sao paulo", "St. Louis" -> "st louis". */
export function normalizePlaceName(raw: string): string {
  return placeKeyOfLower(raw.toLowerCase());
}

/**
 * normalizePlaceName of text already lower-cased: NFD, marks removed, apostrophes removed, every
 * other run of characters that are not letters or digits one space, trimmed. Done a character at a
 * time through a table; text with marks, astral or decomposing characters takes the string path.
 */
export function placeKeyOfLower(lower: string): string {
  return foldPlaceKey(lower) ?? slowPlaceKey(lower);
}

function slowPlaceKey(lower: string): string {
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
const APOSTROPHE = /^['’`]$/;
/** Per UTF-16 code unit: what foldPlaceKey makes of it (a letter or digit, or one of the FOLD_ codes); 0 not yet known. */
const placeFold = new Uint16Array(0x10000);
const FOLD_COMPLEX = 0xffff;
const FOLD_SEPARATOR = 0xfffe;
const FOLD_DELETE = 0xfffd;

function foldOf(code: number): number {
  let f = placeFold[code]!;
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const d = ch.normalize('NFD').replace(MARKS, '');
    if ((code >= 0xd800 && code <= 0xdfff) || MARK.test(ch) || code >= FOLD_DELETE) f = FOLD_COMPLEX;
    else if (APOSTROPHE.test(ch)) f = FOLD_DELETE;
    else if (d.length === 1 && LETTER_OR_DIGIT.test(d)) f = d.charCodeAt(0);
    else if (d === ch && !LETTER_OR_DIGIT.test(ch)) f = FOLD_SEPARATOR;
    else f = FOLD_COMPLEX;
    placeFold[code] = f;
  }
  return f;
}

/** placeKeyOfLower a character at a time, or null when some character needs the string path. */
function foldPlaceKey(lower: string): string | null {
  let out = '';
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const f = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? code : foldOf(code);
    if (f === FOLD_COMPLEX) return null;
    if (f === FOLD_DELETE) {
      if (runStart >= 0) out += lower.slice(runStart, i);
      runStart = -1;
      continue;
    }
    if (f === FOLD_SEPARATOR) {
      if (runStart >= 0) out += lower.slice(runStart, i);
      runStart = -1;
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (f === code) {
      if (runStart < 0) runStart = i;
    } else {
      if (runStart >= 0) out += lower.slice(runStart, i);
      runStart = -1;
      out += String.fromCharCode(f);
    }
  }
  if (runStart >= 0) out = runStart === 0 && out.length === 0 ? lower : out + lower.slice(runStart);
  return out;
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

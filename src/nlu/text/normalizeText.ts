import { TRADITIONAL_TO_SIMPLIFIED } from '../locales/zh/traditionalToSimplified.ts';

export interface NormalizedText {
  text: string;
  /** True when a traditional-only character was folded. */
  sawTraditional: boolean;
}

/**
 * NFKC (full-width digits and letters to ASCII), traditional Chinese folded to simplified, line
 * breaks and tabs to spaces. Length-preserving after NFKC so spans index the returned text.
 */
export function normalizeText(raw: string): NormalizedText {
  // Printable ASCII and the Latin letters NFKC keeps (most English and Spanish): nothing to change.
  if (isStable(raw)) return { text: raw, sawTraditional: false };
  const nfkc = raw.normalize('NFKC');
  if (FOLD_TABLE_COMPLETE) return foldByCode(nfkc);
  let out = '';
  let sawTraditional = false;
  for (const ch of nfkc) {
    const simplified = TRADITIONAL_TO_SIMPLIFIED.get(ch);
    if (simplified !== undefined) {
      if (simplified !== ch) sawTraditional = true;
      out += simplified;
    } else if (ch === '\n' || ch === '\r' || ch === '\t') {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return { text: out, sawTraditional };
}

/** TRADITIONAL_TO_SIMPLIFIED by code unit (0: not folded); complete when every pair is one unit to one unit. */
const FOLD = new Uint16Array(0x10000);
const FOLD_TABLE_COMPLETE = (() => {
  let complete = true;
  for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) {
    if (from.length === 1 && to.length === 1) FOLD[from.charCodeAt(0)] = to.charCodeAt(0);
    else complete = false;
  }
  return complete;
})();
const SPACE_CODE = 0x20;

/** normalizeText's folding of NFKC text, a code unit at a time through FOLD (surrogates are never folded). */
function foldByCode(nfkc: string): NormalizedText {
  let out = '';
  let from = 0;
  let sawTraditional = false;
  for (let i = 0; i < nfkc.length; i++) {
    const code = nfkc.charCodeAt(i);
    let to = FOLD[code]!;
    if (to === 0) {
      if (code !== 0x0a && code !== 0x0d && code !== 0x09) continue;
      to = SPACE_CODE;
    } else if (to === code) continue;
    else sawTraditional = true;
    out += nfkc.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return { text: from === 0 ? nfkc : out + nfkc.slice(from), sawTraditional };
}

/** Below this code every character is checked by NFKC_STABLE (printable ASCII, Latin-1, Latin Extended-A/B). */
const STABLE_LIMIT = 0x250;
/** 1 where a character is printable and NFKC leaves it, alone or next to any other of them (no combining marks here). */
const NFKC_STABLE = new Uint8Array(STABLE_LIMIT);
for (let c = 0x20; c < STABLE_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  if ((c < 0x7f || c > 0xa0) && ch.normalize('NFKC') === ch) NFKC_STABLE[c] = 1;
}

/** NFKC, the traditional folding and the whitespace rule would all leave `raw` as it is. */
function isStable(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= STABLE_LIMIT || NFKC_STABLE[code] === 0) return false;
  }
  return true;
}
const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** scriptProfile's classes: 0 not yet known, then space, Han, Latin, digit, other, skipped punctuation. */
const SPACE = 1;
const HAN_CHAR = 2;
const LATIN = 3;
const DIGIT = 4;
const OTHER = 5;
const PUNCT = 6;
/** Classes of BMP characters, filled as they are met (astral ones are tested each time). */
const bmpClass = new Uint8Array(0x10000);

function classify(ch: string): number {
  if (ch === ' ') return SPACE;
  if (HAN.test(ch)) return HAN_CHAR;
  if (LATIN_LETTER.test(ch)) return LATIN;
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (!PUNCT_OR_SYMBOL.test(ch) || PICTOGRAPHIC.test(ch)) return OTHER;
  return PUNCT;
}

/** Counts of the scripts the parser understands, for the language guess and the junk guard. */
export function scriptProfile(text: string): { han: number; latin: number; digits: number; other: number; total: number } {
  let han = 0;
  let latin = 0;
  let digits = 0;
  let other = 0;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let cls: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character (as for…of reads it).
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cls = classify(text.slice(i, i + 2));
        i++;
      } else cls = classify(text[i]!);
    } else {
      cls = bmpClass[code]!;
      if (cls === 0) bmpClass[code] = cls = classify(text[i]!);
    }
    if (cls === SPACE) continue;
    total++;
    if (cls === HAN_CHAR) han++;
    else if (cls === LATIN) latin++;
    else if (cls === DIGIT) digits++;
    else if (cls === OTHER) other++;
  }
  return { han, latin, digits, other, total };
}

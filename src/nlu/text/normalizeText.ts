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
  const nfkc = raw.normalize('NFKC');
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

const HAN = /\p{Script=Han}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Counts of the scripts the parser understands, for the language guess and the junk guard. */
export function scriptProfile(text: string): { han: number; latin: number; digits: number; other: number; total: number } {
  let han = 0;
  let latin = 0;
  let digits = 0;
  let other = 0;
  let total = 0;
  for (const ch of text) {
    if (ch === ' ') continue;
    total++;
    if (HAN.test(ch)) han++;
    else if (LATIN_LETTER.test(ch)) latin++;
    else if (ch >= '0' && ch <= '9') digits++;
    else if (!/[\p{P}\p{S}]/u.test(ch) || /\p{Extended_Pictographic}/u.test(ch)) other++;
  }
  return { han, latin, digits, other, total };
}

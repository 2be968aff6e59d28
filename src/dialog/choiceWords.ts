/**
 * Words customers use to pick an item from a numbered list ("the second one", "第二个", "el segundo"),
 * per language. A dictionary, not rules: positions are 1-based.
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.freeze({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
  第一: 1, 第二: 2, 第三: 3, 第四: 4, 第五: 5, 最后: -1,
  primero: 1, primera: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, último: -1, última: -1,
});

/**
 * The list position a reply picks, or null: "2", "#2", "the second one", "第二个", "el segundo".
 * Only short replies count, and only ordinals: "the one to London" is a description, not a pick.
 */
export function pickedPosition(text: string, count: number): number | null {
  const t = text.trim().toLowerCase();
  const digits = /^(?:#|no\.?\s*|number\s*|第)?\s*(\d{1,2})\s*(?:个|號|号|st|nd|rd|th)?[.!。]?$/u.exec(t);
  if (digits) return inRange(Number(digits[1]), count);
  const words = t.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length > 4) {
    // Chinese has no spaces: look for an ordinal inside a short phrase such as 第二个.
    if (t.length > 8) return null;
  }
  for (const w of [...words, ...hanOrdinals(t)]) {
    const p = ORDINAL_WORDS[w];
    if (p !== undefined) return inRange(p === -1 ? count : p, count);
  }
  return null;
}

function hanOrdinals(t: string): string[] {
  const m = /(第[一二三四五]|最后)/u.exec(t);
  return m ? [m[1]!] : [];
}

function inRange(p: number, count: number): number | null {
  return p >= 1 && p <= count ? p : null;
}

import { wordsInEveryLanguage } from '../locale/index.ts';

/** Short answers to a yes/no question in every language (src/locale/<lang>/words.ts), matched on the whole reply. */
const YES_SET = new Set(wordsInEveryLanguage((w) => w.yes));
const NO_SET = new Set(wordsInEveryLanguage((w) => w.no));
const YES_TAILS = wordsInEveryLanguage((w) => w.yesTails);

/**
 * "yes", "好的", "sí, por favor" → 'yes'; "no thanks", "不用了" → 'no'; anything longer or other → null.
 * A reply starting with a clear yes or no word followed by a few more words counts too.
 */
export function confirmationOf(text: string): 'yes' | 'no' | null {
  const t = text.trim().toLowerCase().replace(/[.!。！,，、?？¡¿]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(/了$/u, '');
  if (YES_SET.has(t)) return 'yes';
  if (NO_SET.has(t)) return 'no';
  const words = t.split(' ');
  if (words.length <= 4) {
    if (YES_SET.has(words[0]!) && !words.some((w) => NO_SET.has(w))) return 'yes';
    if (NO_SET.has(words[0]!)) return 'no';
  }
  // A yes that says what it agrees to: "sí, que me llame un asesor", "yes please, have an advisor contact me".
  const rest = words.slice(1).join(' ');
  if (words.length <= 10 && YES_SET.has(words[0]!) && !words.some((w) => NO_SET.has(w)) && YES_TAILS.some((tail) => rest.includes(tail))) return 'yes';
  return null;
}

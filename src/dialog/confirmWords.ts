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

/** The reply opens with a yes and says no no ("yes please open a trace", "sí, ábrela", "好的，帮我追查"), however long. */
export function opensWithYes(text: string): boolean {
  const words = text.trim().toLowerCase().replace(/[.!。！,，、?？¡¿]+/gu, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return YES_SET.has(words[0]!) && !words.some((w) => NO_SET.has(w));
}

/** Words that join what follows a yes to it: "yes, and …", "sí, y además …", "好的，另外…". */
const JOINED_AFTER_YES = /^(?:and also|and|also|plus|y también|y tambien|y además|y ademas|y|另外|还有|顺便|并且)[\s,，、]*/iu;

/**
 * A yes to the question asked, then a request of its own ("yes, and what customs docs does it need?",
 * "sí, y de paso mándame la factura", "好的，另外它清关需要什么文件？"): the yes and the request, answered
 * in that order. Null when the message is only an answer ("yes please, have an advisor contact me").
 */
export function yesThenRequest(text: string): [string, string] | null {
  const m = /^(.{1,24}?)(?:\s*[,，!！.。;；]\s*|\s+(?=(?:and|y)\s))(.+)$/su.exec(text.trim());
  if (!m || confirmationOf(m[1]!) !== 'yes') return null;
  const rest = m[2]!.replace(JOINED_AFTER_YES, '').trim();
  // "yes, ok", "yes please, have an advisor contact me": still the answer.
  if (confirmationOf(rest) !== null || YES_TAILS.some((tail) => rest.toLowerCase().includes(tail))) return null;
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const han = (rest.match(/\p{Script=Han}/gu) ?? []).length;
  return words >= 3 || han >= 4 ? [m[1]!.trim(), rest] : null;
}

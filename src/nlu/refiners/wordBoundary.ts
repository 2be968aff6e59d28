const LETTER = /[\p{L}\p{N}]/u;

/** `text` ends with `phrase`, and a Latin phrase starts on a word boundary (a Han one may start anywhere). */
export function endsWithWord(text: string, phrase: string): boolean {
  if (!text.endsWith(phrase)) return false;
  if (!LETTER.test(phrase[0]!) || /\p{Script=Han}/u.test(phrase[0]!)) return true;
  const before = text[text.length - phrase.length - 1];
  return before === undefined || !LETTER.test(before);
}

/** Values a customer types as an answer: an e-mail address, a verification code. */

/** The e-mail address in a message, lower-cased; null when there is none or several. */
export function emailIn(text: string): string | null {
  const found = text.match(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu);
  return found?.length === 1 ? found[0]!.toLowerCase() : null;
}

/** A verification code: six digits, alone or with spaces ("123 456"), in a short message. */
export function codeIn(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  const m = /(?:^|\D)(\d{6})(?:\D|$)/.exec(digits);
  return m && text.length <= 40 ? m[1]! : null;
}

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

/** A phone number as typed ("+44 7700 900123", "(415) 555-0100", "138 0013 8000"): 7 to 15 digits, a leading + kept; null when there is none or several. */
export function phoneIn(text: string): string | null {
  const found = text.match(/\+?\d[\d\s().-]{5,}\d/g)?.filter((p) => {
    const digits = p.replace(/\D/g, '').length;
    return digits >= 7 && digits <= 15;
  });
  if (found?.length !== 1) return null;
  return (found[0]!.trim().startsWith('+') ? '+' : '') + found[0]!.replace(/\D/g, '');
}

/** How to reach a customer who is not signed in, as they typed it. */
export type CustomerContact = { kind: 'email' | 'phone'; value: string };

/** The one e-mail address or phone number in a message; null when there is neither or it is unclear. */
export function contactIn(text: string): CustomerContact | null {
  const email = emailIn(text);
  if (email) return { kind: 'email', value: email };
  const phone = phoneIn(text);
  return phone ? { kind: 'phone', value: phone } : null;
}

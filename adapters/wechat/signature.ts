import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * WeChat's request signature: the hex SHA-1 of the given strings sorted lexicographically and
 * concatenated. With (token, timestamp, nonce) it is the URL `signature`; with the `Encrypt` field
 * added it is safe mode's `msg_signature`.
 */
export function weChatSignature(...parts: string[]): string {
  // Code-unit order, as Python's sorted() and Java's Arrays.sort in Tencent's samples.
  const sorted = [...parts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha1').update(sorted.join(''), 'utf8').digest('hex');
}

/** Compares a received signature with the expected one in constant time (case-insensitive hex). */
export function signatureMatches(received: string | undefined, expected: string): boolean {
  if (typeof received !== 'string' || !/^[0-9a-fA-F]{40}$/.test(received)) return false;
  return timingSafeEqual(Buffer.from(received.toLowerCase(), 'ascii'), Buffer.from(expected, 'ascii'));
}

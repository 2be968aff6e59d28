import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/** Lowercase hex HMAC-SHA256 of the raw body bytes, keyed with the Meta app secret. */
export function computeSignature(appSecret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/** The `X-Hub-Signature-256` header Meta would send for this body. */
export function signatureHeader(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${computeSignature(appSecret, rawBody)}`;
}

/**
 * Checks `X-Hub-Signature-256: sha256=<hex>` against the raw body, in constant time. The body must be
 * the bytes as received: re-serialised JSON differs (Meta escapes non-ASCII as \uXXXX).
 */
export function verifySignature(appSecret: string, rawBody: Buffer, header: string | undefined): boolean {
  const match = header === undefined ? null : HEADER.exec(header.trim());
  if (!match) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(match[1]!, 'hex'));
}

/**
 * Verification codes and their hashes. A code is six decimal digits from crypto.randomInt; the store
 * keeps only `scrypt$<N>$<salt>$<hash>` (per-row random salt, base64url), never the code itself.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

export const CODE_LENGTH = 6;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

/** A uniformly random code, zero-padded: "004217". */
export function newVerificationCode(): string {
  return String(randomInt(0, 10 ** CODE_LENGTH)).padStart(CODE_LENGTH, '0');
}

/**
 * What the customer typed, as a code: full-width digits folded (NFKC, "１２３４５６"), spaces and
 * dashes dropped ("123 456", "123-456"). Anything else stays as typed and simply does not match.
 */
export function normalizeCode(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s-]+/g, '');
}

function derive(code: string, salt: Buffer, cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem: scrypt needs 128 * N * r bytes; allow twice that so larger costs work too.
    scrypt(code, salt, KEY_LENGTH, { N: cost, r: 8, p: 1, maxmem: 256 * cost * 8 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashVerificationCode(code: string, cost: number): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(code, salt, cost);
  return `scrypt$${cost}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * True when `code` hashes to `stored`. Always does the full scrypt work, in constant time over the
 * comparison; a malformed stored hash is a bug and throws.
 */
export async function verificationCodeMatches(code: string, stored: string): Promise<boolean> {
  const [scheme, cost, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !salt || !hash) throw new Error('verification code hash: unknown format');
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(code, Buffer.from(salt, 'base64url'), Number(cost));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { computeSignature, signatureHeader, verifySignature } from '../../../adapters/whatsapp/signature.ts';

interface Vectors {
  hmac_sha256_vectors: { id: string; app_secret: string; raw_body: string; expected_hex: string; expected_header: string }[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../../fixtures/whatsapp/signature_and_handshake_vectors.json', import.meta.url), 'utf8'),
) as Vectors;

describe('X-Hub-Signature-256', () => {
  test.each(vectors.hmac_sha256_vectors.map((v) => [v.id, v] as const))('should match the known answer of %s', (_id, v) => {
    expect(computeSignature(v.app_secret, v.raw_body)).toBe(v.expected_hex);
    expect(signatureHeader(v.app_secret, v.raw_body)).toBe(v.expected_header);
    expect(verifySignature(v.app_secret, Buffer.from(v.raw_body), v.expected_header)).toBe(true);
  });

  test.each(vectors.hmac_sha256_vectors.map((v) => [v.id, v] as const))('should refuse tampered input for %s', (_id, v) => {
    const body = Buffer.from(v.raw_body);
    expect(verifySignature(`${v.app_secret}x`, body, v.expected_header)).toBe(false);
    expect(verifySignature(v.app_secret, Buffer.from(`${v.raw_body} `), v.expected_header)).toBe(false);
    expect(verifySignature(v.app_secret, body, v.expected_hex)).toBe(false); // the "sha256=" prefix is part of the header
    expect(verifySignature(v.app_secret, body, `sha1=${v.expected_hex}`)).toBe(false);
    expect(verifySignature(v.app_secret, body, `${v.expected_header.slice(0, -1)}`)).toBe(false);
    expect(verifySignature(v.app_secret, body, `${v.expected_header.slice(0, -2)}zz`)).toBe(false);
    expect(verifySignature(v.app_secret, body, undefined)).toBe(false);
    expect(verifySignature(v.app_secret, body, '')).toBe(false);
  });

  test('should check the raw bytes, not a re-serialisation (Meta escapes non-ASCII as \\uXXXX)', () => {
    const raw = Buffer.from('{"text":{"body":"\\u4f60\\u597d"}}');
    const header = signatureHeader('secret', raw);
    expect(verifySignature('secret', raw, header)).toBe(true);
    expect(verifySignature('secret', Buffer.from(JSON.stringify(JSON.parse(raw.toString()))), header)).toBe(false);
  });

  test('should accept upper-case hex', () => {
    const v = vectors.hmac_sha256_vectors[0]!;
    expect(verifySignature(v.app_secret, Buffer.from(v.raw_body), `sha256=${v.expected_hex.toUpperCase()}`)).toBe(true);
  });
});

/** The WeChat fixtures (test/fixtures/wechat, copied from shared/external/wechat; see SOURCES.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../fixtures/wechat/', import.meta.url));

export interface SafeModeVector {
  id: string;
  platform: 'official_account' | 'wecom';
  kind: 'decrypt_post' | 'verify_url_get' | 'encrypt_with_fixed_random';
  token: string;
  encodingAESKey: string;
  appId: string;
  timestamp: string;
  nonce: string;
  msg_signature: string;
  encrypted?: string;
  expected_encrypted?: string;
  expected_plaintext?: string;
  plaintext?: string;
  random_prefix?: string;
  decrypted_random_prefix?: string;
  decrypted_receiveid?: string;
  url_signature_sha1_token_timestamp_nonce?: string;
  expected_reply_xml?: string;
  negative_case?: { nonce: string; expect: string };
}

export interface CryptoVectors {
  _algorithm: Record<string, string>;
  safe_mode_vectors: SafeModeVector[];
  plaintext_mode_signature_vectors: { id: string; token: string; timestamp: string; nonce: string; signature: string; negative_signature?: string }[];
  msg_signature_only_vectors: { id: string; token: string; timestamp: string; nonce: string; encrypt: string; msg_signature: string }[];
}

export const VECTORS = JSON.parse(readFileSync(`${DIR}crypto_vectors.json`, 'utf8')) as CryptoVectors;

export function vector(id: string): SafeModeVector {
  const v = VECTORS.safe_mode_vectors.find((x) => x.id === id);
  if (!v) throw new Error(`no crypto vector ${id}`);
  return v;
}

/** Every XML sample, by file name. */
export const XML_SAMPLES: Record<string, string> = Object.fromEntries(
  readdirSync(`${DIR}xml`)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => [f, readFileSync(`${DIR}xml/${f}`, 'utf8')]),
);

export function xmlSample(name: string): string {
  const xml = XML_SAMPLES[name];
  if (xml === undefined) throw new Error(`no XML sample ${name}`);
  return xml;
}

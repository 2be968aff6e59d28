import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** WeChat pads to 32-byte blocks, not AES's 16 (WXBizMsgCrypt's PKCS7Encoder). */
const PAD_BLOCK = 32;
const RANDOM_PREFIX_BYTES = 16;

/** Why a safe-mode payload could not be opened; the webhook answers each with its own status. */
export type WeChatCryptoFailure = 'not_base64' | 'bad_ciphertext' | 'bad_padding' | 'bad_length' | 'wrong_app_id';

export class WeChatCryptoError extends Error {
  constructor(readonly reason: WeChatCryptoFailure) {
    super(`WeChat safe-mode payload rejected: ${reason}`);
    this.name = 'WeChatCryptoError';
  }
}

/** What a safe-mode payload holds besides the message: useful for known-answer tests. */
export interface OpenedPayload {
  message: string;
  receiveId: string;
  randomPrefix: Buffer;
}

/**
 * Safe-mode message crypto (WXBizMsgCrypt): AES-256-CBC with key = base64(EncodingAESKey + "="),
 * IV = key[0:16], PKCS#7 padding to 32-byte blocks, over
 * 16 random bytes ‖ uint32 big-endian length ‖ message (UTF-8) ‖ receive id (the AppID; CorpID on WeCom).
 */
export class WeChatMessageCrypto {
  private readonly key: Buffer;
  private readonly iv: Buffer;

  constructor(
    encodingAesKey: string,
    private readonly appId: string,
  ) {
    this.key = Buffer.from(`${encodingAesKey}=`, 'base64');
    if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey) || this.key.length !== 32) {
      throw new Error('EncodingAESKey must be 43 base64 characters (a 32-byte key)');
    }
    this.iv = this.key.subarray(0, 16);
  }

  /** Encrypts `message` for WeChat; `randomPrefix` is fixed only in known-answer tests. */
  encrypt(message: string, randomPrefix: Buffer = randomBytes(RANDOM_PREFIX_BYTES)): string {
    if (randomPrefix.length !== RANDOM_PREFIX_BYTES) throw new Error('the random prefix must be 16 bytes');
    const body = Buffer.from(message, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length, 0);
    const plain = Buffer.concat([randomPrefix, length, body, Buffer.from(this.appId, 'utf8')]);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([cipher.update(pkcs7Pad(plain)), cipher.final()]).toString('base64');
  }

  /** Decrypts and checks a payload; throws WeChatCryptoError when it is not ours or not well formed. */
  decrypt(encrypted: string): string {
    return this.open(encrypted).message;
  }

  /** Like decrypt, with the random prefix and receive id kept. */
  open(encrypted: string): OpenedPayload {
    const compact = encrypted.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) throw new WeChatCryptoError('not_base64');
    const data = Buffer.from(compact, 'base64');
    if (data.length === 0 || data.length % 16 !== 0) throw new WeChatCryptoError('bad_ciphertext');
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    decipher.setAutoPadding(false);
    const padded = Buffer.concat([decipher.update(data), decipher.final()]);
    const plain = pkcs7Unpad(padded);
    if (plain.length < RANDOM_PREFIX_BYTES + 4) throw new WeChatCryptoError('bad_length');
    const length = plain.readUInt32BE(RANDOM_PREFIX_BYTES);
    const start = RANDOM_PREFIX_BYTES + 4;
    if (start + length > plain.length) throw new WeChatCryptoError('bad_length');
    const message = plain.subarray(start, start + length).toString('utf8');
    const receiveId = plain.subarray(start + length).toString('utf8');
    if (receiveId !== this.appId) throw new WeChatCryptoError('wrong_app_id');
    return { message, receiveId, randomPrefix: plain.subarray(0, RANDOM_PREFIX_BYTES) };
  }
}

function pkcs7Pad(data: Buffer): Buffer {
  const n = PAD_BLOCK - (data.length % PAD_BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

function pkcs7Unpad(data: Buffer): Buffer {
  const n = data[data.length - 1] ?? 0;
  if (n < 1 || n > PAD_BLOCK || n > data.length) throw new WeChatCryptoError('bad_padding');
  for (let i = data.length - n; i < data.length; i++) if (data[i] !== n) throw new WeChatCryptoError('bad_padding');
  return data.subarray(0, data.length - n);
}

/**
 * Checks that a request comes from WeChat and opens it: the URL check (GET), plaintext pushes
 * (`signature`) and safe-mode pushes (`encrypt_type=aes`, `msg_signature` over the Encrypt field,
 * AES payload carrying our app id). A push whose timestamp is far from our clock is a replay; with the
 * AES key set, a plaintext push is refused (its body is not covered by the signature).
 */
import type { Clock } from '../../src/clock.ts';
import type { WeChatConfig } from '../../src/config.ts';
import { WeChatCryptoError, WeChatMessageCrypto } from './crypto.ts';
import { WeChatErrors } from './errors.ts';
import { readWeChatXml, toPush, type WeChatPush } from './messages.ts';
import { signatureMatches, weChatSignature } from './signature.ts';

export type QueryParams = Record<string, unknown>;

/** A verified, opened push and what its reply needs. */
export interface OpenedPush {
  push: WeChatPush;
  /** Safe mode: the reply must be encrypted too. */
  encrypted: boolean;
  nonce: string;
  /** The signed timestamp: with the nonce, what a replay would repeat (nonceGuard.ts). */
  timestamp: string;
}

export class WeChatVerifier {
  private readonly crypto: WeChatMessageCrypto | null;

  constructor(
    private readonly config: Pick<WeChatConfig, 'token' | 'appId' | 'encodingAesKey' | 'maxClockSkewSeconds'>,
    private readonly clock: Clock,
  ) {
    this.crypto = config.encodingAesKey ? new WeChatMessageCrypto(config.encodingAesKey, config.appId) : null;
  }

  /** The safe-mode crypto, when the AES key is configured. */
  get messageCrypto(): WeChatMessageCrypto | null {
    return this.crypto;
  }

  /**
   * The server-address check: the official account signs (token, timestamp, nonce) and expects
   * `echostr` back; WeCom-style checks sign the encrypted echostr with msg_signature instead.
   */
  verifyUrl(query: QueryParams): string {
    const { timestamp, nonce } = this.timeAndNonce(query);
    const echostr = str(query['echostr']);
    if (echostr === undefined) throw WeChatErrors.missingParameters(['echostr']);
    const msgSignature = str(query['msg_signature']);
    if (msgSignature !== undefined && this.crypto) {
      if (!signatureMatches(msgSignature, weChatSignature(this.config.token, timestamp, nonce, echostr))) throw WeChatErrors.badSignature('msg_signature');
      this.checkFresh(timestamp);
      return this.decrypt(echostr);
    }
    this.checkSignature(query, timestamp, nonce);
    this.checkFresh(timestamp);
    return echostr;
  }

  /** Verifies and opens a push body; throws the channel's 400/401 on anything wrong. */
  openPush(query: QueryParams, body: string): OpenedPush {
    const { timestamp, nonce } = this.timeAndNonce(query);
    const encryptType = str(query['encrypt_type']) ?? 'raw';
    if (encryptType !== 'raw' && encryptType !== 'aes') throw WeChatErrors.unknownEncryptType(encryptType);
    if (encryptType === 'raw') {
      this.checkSignature(query, timestamp, nonce);
      // Safe mode (and compatible mode) pushes come with encrypt_type=aes: a plaintext body is unsigned.
      if (this.crypto) throw WeChatErrors.plaintextRefused();
      this.checkFresh(timestamp);
      return { push: toPush(readWeChatXml(body)), encrypted: false, nonce, timestamp };
    }
    if (!this.crypto) throw WeChatErrors.safeModeOff();
    const msgSignature = str(query['msg_signature']);
    if (msgSignature === undefined) throw WeChatErrors.missingParameters(['msg_signature']);
    const encrypt = readWeChatXml(body)['Encrypt'];
    if (!encrypt) throw WeChatErrors.missingEncrypt();
    if (!signatureMatches(msgSignature, weChatSignature(this.config.token, timestamp, nonce, encrypt))) throw WeChatErrors.badSignature('msg_signature');
    this.checkFresh(timestamp);
    return { push: toPush(readWeChatXml(this.decrypt(encrypt))), encrypted: true, nonce, timestamp };
  }

  private decrypt(encrypted: string): string {
    try {
      return this.crypto!.decrypt(encrypted);
    } catch (err) {
      if (err instanceof WeChatCryptoError) throw err.reason === 'wrong_app_id' ? WeChatErrors.wrongAppId() : WeChatErrors.undecryptable(err.reason);
      // OpenSSL refuses ciphertexts that are not whole blocks; anything else from it is the same story.
      throw WeChatErrors.undecryptable('not AES-256-CBC under our key');
    }
  }

  private timeAndNonce(query: QueryParams): { timestamp: string; nonce: string } {
    const timestamp = str(query['timestamp']);
    const nonce = str(query['nonce']);
    const missing = [timestamp === undefined ? 'timestamp' : null, nonce === undefined ? 'nonce' : null].filter((n): n is string => n !== null);
    if (timestamp === undefined || nonce === undefined) throw WeChatErrors.missingParameters(missing);
    return { timestamp, nonce };
  }

  private checkSignature(query: QueryParams, timestamp: string, nonce: string): void {
    const signature = str(query['signature']);
    if (signature === undefined) throw WeChatErrors.missingParameters(['signature']);
    if (!signatureMatches(signature, weChatSignature(this.config.token, timestamp, nonce))) throw WeChatErrors.badSignature('signature');
  }

  private checkFresh(timestamp: string): void {
    const max = this.config.maxClockSkewSeconds;
    const sent = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
    const skew = Math.abs(Math.floor(this.clock.now().getTime() / 1000) - sent);
    if (!(skew <= max)) throw WeChatErrors.staleTimestamp(Number.isNaN(skew) ? Infinity : skew, max);
  }
}

/** A single query parameter; repeated ones (arrays) count as absent. */
function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

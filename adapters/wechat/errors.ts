import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { bodyParserType, HttpError, httpErrorHandler } from '../../src/server/errors.ts';

/** Every error the WeChat channel answers with (WeChat only reads the status; the body is for people). */
export const WeChatErrors = {
  missingParameters: (names: string[]) => new HttpError(401, 'MissingSignature', `The request lacks ${names.join(', ')}`),
  badSignature: (which: 'signature' | 'msg_signature') =>
    new HttpError(401, 'BadSignature', `The ${which} does not match: not from WeChat, or WECHAT_TOKEN differs from the console`),
  staleTimestamp: (skewSeconds: number, maxSeconds: number) =>
    new HttpError(401, 'StaleTimestamp', `The timestamp is ${skewSeconds} s from our clock (at most ${maxSeconds} s accepted)`),
  plaintextRefused: () =>
    new HttpError(401, 'PlaintextRefused', 'WECHAT_ENCODING_AES_KEY is set (safe mode), so a plaintext push is refused: its body is not signed'),
  replayedNonce: () =>
    new HttpError(401, 'ReplayedNonce', 'This timestamp and nonce came before with another push: a replayed query string'),
  wrongAppId: () => new HttpError(401, 'WrongAppId', 'The encrypted message is for another app id'),
  undecryptable: (reason: string) => new HttpError(400, 'BadEncryption', `The encrypted message cannot be opened: ${reason}`),
  safeModeOff: () =>
    new HttpError(400, 'SafeModeNotConfigured', 'The push is encrypted (encrypt_type=aes) but WECHAT_ENCODING_AES_KEY is not set'),
  unknownEncryptType: (value: string) => new HttpError(400, 'BadEncryptType', `encrypt_type "${value}" is neither raw nor aes`),
  malformedXml: (detail: string) => new HttpError(400, 'MalformedXml', `The body is not WeChat XML: ${detail}`),
  missingEncrypt: () => new HttpError(400, 'MalformedXml', 'The encrypted push has no <Encrypt> element'),
  invalidPush: (detail: string) => new HttpError(400, 'InvalidMessage', `The push is not a WeChat message: ${detail}`),
  bodyTooLarge: () => new HttpError(413, 'TooLarge', 'The body is larger than 1 MB'),
} as const;

/** Answers WeChat errors and body-parser failures with their status; anything else is a logged 500. */
export function weChatErrorHandler(logger: Logger): ErrorRequestHandler {
  return httpErrorHandler(logger, {
    name: 'wechat',
    refusedLevel: 'warn',
    translate: (err) => {
      const type = bodyParserType(err);
      if (type === undefined) return null;
      return type === 'entity.too.large' ? WeChatErrors.bodyTooLarge() : WeChatErrors.malformedXml(`unreadable body (${type})`);
    },
  });
}

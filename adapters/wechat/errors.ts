import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { sendError } from '../../src/server/errors.ts';

/** An error the WeChat webhook answers with (WeChat only reads the status; the body is for people). */
export class WeChatError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WeChatError';
  }
}

/** Every error the WeChat channel answers with, in one place. */
export const WeChatErrors = {
  missingParameters: (names: string[]) => new WeChatError(401, 'MissingSignature', `The request lacks ${names.join(', ')}`),
  badSignature: (which: 'signature' | 'msg_signature') =>
    new WeChatError(401, 'BadSignature', `The ${which} does not match: not from WeChat, or WECHAT_TOKEN differs from the console`),
  staleTimestamp: (skewSeconds: number, maxSeconds: number) =>
    new WeChatError(401, 'StaleTimestamp', `The timestamp is ${skewSeconds} s from our clock (at most ${maxSeconds} s accepted)`),
  plaintextRefused: () =>
    new WeChatError(401, 'PlaintextRefused', 'WECHAT_ENCODING_AES_KEY is set (safe mode), so a plaintext push is refused: its body is not signed'),
  replayedNonce: () =>
    new WeChatError(401, 'ReplayedNonce', 'This timestamp and nonce came before with another push: a replayed query string'),
  wrongAppId: () => new WeChatError(401, 'WrongAppId', 'The encrypted message is for another app id'),
  undecryptable: (reason: string) => new WeChatError(400, 'BadEncryption', `The encrypted message cannot be opened: ${reason}`),
  safeModeOff: () =>
    new WeChatError(400, 'SafeModeNotConfigured', 'The push is encrypted (encrypt_type=aes) but WECHAT_ENCODING_AES_KEY is not set'),
  unknownEncryptType: (value: string) => new WeChatError(400, 'BadEncryptType', `encrypt_type "${value}" is neither raw nor aes`),
  malformedXml: (detail: string) => new WeChatError(400, 'MalformedXml', `The body is not WeChat XML: ${detail}`),
  missingEncrypt: () => new WeChatError(400, 'MalformedXml', 'The encrypted push has no <Encrypt> element'),
  invalidPush: (detail: string) => new WeChatError(400, 'InvalidMessage', `The push is not a WeChat message: ${detail}`),
  bodyTooLarge: () => new WeChatError(413, 'TooLarge', 'The body is larger than 1 MB'),
} as const;

interface BodyParserError {
  type?: string;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && 'type' in err && typeof (err as BodyParserError).type === 'string';
}

/** Answers WeChat errors and body-parser failures with their status; anything else is a logged 500. */
export function weChatErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    let known: WeChatError | null = null;
    if (err instanceof WeChatError) known = err;
    else if (isBodyParserError(err) && err.type === 'entity.too.large') known = WeChatErrors.bodyTooLarge();
    else if (isBodyParserError(err)) known = WeChatErrors.malformedXml(`unreadable body (${err.type})`);
    if (known) {
      logger.warn({ status: known.status, code: known.code, method: req.method }, `wechat: ${known.message}`);
      sendError(res, known.status, { code: known.code, message: known.message });
      return;
    }
    logger.error({ err, method: req.method }, 'wechat: request failed');
    sendError(res, 500, { code: 'ServiceError', message: 'The request failed on the server' });
  };
}

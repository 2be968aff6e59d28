/** `GET /webhooks/wechat` (the console's URL check) and `POST /webhooks/wechat` (message push). */
import { randomBytes } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import type { WeChatConfig } from '../../src/config.ts';
import type { AdapterContext } from '../types.ts';
import { weChatErrorHandler, WeChatErrors } from './errors.ts';
import type { WeChatInbox } from './inbox.ts';
import type { WeChatNonceGuard } from './nonceGuard.ts';
import { passiveTextReply, renderForWeChat, weChatTexts } from './render.ts';
import type { PendingSends } from './replies.ts';
import { weChatSignature } from './signature.ts';
import type { OpenedPush, WeChatVerifier } from './verification.ts';
import { weChatXml } from './xml.ts';

export const WECHAT_WEBHOOK_PATH = '/webhooks/wechat';
/** WeChat's own limit is far lower; the bound for every channel. */
const BODY_LIMIT = '1mb';
/** What WeChat takes as "received, no reply" (it then shows nothing and does not retry). */
const NO_REPLY = 'success';

export interface WeChatRouteDeps {
  ctx: AdapterContext;
  config: WeChatConfig;
  verifier: WeChatVerifier;
  inbox: WeChatInbox;
  /** Refuses a signed query replayed with another push. */
  nonces: WeChatNonceGuard;
  /** What goes on after the answer (late turns, the rest of a long reply). */
  pending: PendingSends;
}

export function weChatRouter(deps: WeChatRouteDeps): Router {
  const { ctx, config, verifier, inbox, nonces, pending } = deps;
  const router = express.Router();
  router.use(...ctx.limits.webhook);

  router.get('/', (req, res) => {
    res.type('text/plain').send(verifier.verifyUrl(req.query));
  });

  router.post('/', ctx.limits.webhookSender(openIdOf), express.text({ type: () => true, limit: BODY_LIMIT }), async (req, res) => {
    const opened = verifier.openPush(req.query, bodyOf(req));
    const { push } = opened;
    if (!(await nonces.admit(opened))) throw WeChatErrors.replayedNonce();
    // Committed before WeChat has any answer: from here the push is answered once, whatever crashes.
    const message = await inbox.accept(push);
    const outcome = message ? await inbox.passiveReplies(message, config.replyBudgetMs) : null;
    if (outcome?.kind === 'late') {
      ctx.logger.info({ budgetMs: config.replyBudgetMs }, 'wechat: the turn outran the passive-reply budget; replying through the customer-service API');
    }
    const deliveries = outcome?.kind === 'replies' ? outcome.deliveries.filter((d) => renderForWeChat(d.activity) !== null) : [];
    // One passive reply of at most 2048 bytes; what does not fit follows as customer-service messages.
    const [text, ...rest] = weChatTexts(deliveries.map((d) => renderForWeChat(d.activity)!));
    if (text === undefined) {
      res.type('text/plain').send(NO_REPLY);
      return;
    }
    const createTime = Math.floor(ctx.clock.now().getTime() / 1000);
    const xml = passiveTextReply({ openId: push.FromUserName, accountId: push.ToUserName }, text, createTime);
    // Sent once the answer is written out, and what did not fit in it queued in the outbox after it (so
    // the customer reads them in order). A connection already gone leaves them pending: WeChat retries
    // the push (the retry gets them), or the customer-service API sends them when the hold ends.
    if (rest.length) ctx.logger.info({ texts: rest.length + 1 }, 'wechat: the reply is over 2048 bytes; the rest follows through the customer-service API');
    if (!req.socket.destroyed) res.once('finish', () => pending.track(inbox.passiveSent(deliveries, rest)));
    res.type('application/xml').send(opened.encrypted ? encryptedReply(verifier, config, opened, xml, createTime) : xml);
  });

  router.use(weChatErrorHandler(ctx.logger));
  return router;
}

/** Safe mode: the reply XML encrypted and signed like a push (WXBizMsgCrypt's EncryptMsg). */
function encryptedReply(verifier: WeChatVerifier, config: WeChatConfig, opened: OpenedPush, xml: string, timestamp: number): string {
  const encrypt = verifier.messageCrypto!.encrypt(xml);
  const nonce = opened.nonce || randomBytes(8).toString('hex');
  return weChatXml([
    ['Encrypt', encrypt],
    ['MsgSignature', weChatSignature(config.token, String(timestamp), nonce, encrypt)],
    ['TimeStamp', timestamp],
    ['Nonce', nonce],
  ]);
}

/** The sender WeChat names in the push URL (`openid`), for the per-sender limit. */
const openIdOf = (req: Request): string | null => (typeof req.query['openid'] === 'string' ? `wechat:${req.query['openid']}` : null);

function bodyOf(req: Request): string {
  return typeof req.body === 'string' ? req.body : '';
}

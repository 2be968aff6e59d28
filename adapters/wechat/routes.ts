/** `GET /webhooks/wechat` (the console's URL check) and `POST /webhooks/wechat` (message push). */
import { randomBytes } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import type { WeChatConfig } from '../../src/config.ts';
import type { AdapterContext } from '../types.ts';
import { weChatErrorHandler } from './errors.ts';
import type { WeChatInbox } from './inbox.ts';
import { passiveTextReply, renderForWeChat, weChatTexts } from './render.ts';
import { PassiveReplyWindow, type PendingSends, type WeChatSender } from './replies.ts';
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
  sender: WeChatSender;
  /** What goes on after the answer (late turns, the rest of a long reply). */
  pending: PendingSends;
}

export function weChatRouter(deps: WeChatRouteDeps): Router {
  const { ctx, config, verifier, inbox, sender, pending } = deps;
  const router = express.Router();

  router.get('/', (req, res) => {
    res.type('text/plain').send(verifier.verifyUrl(req.query));
  });

  router.post('/', express.text({ type: () => true, limit: BODY_LIMIT }), async (req, res) => {
    const opened = verifier.openPush(req.query, bodyOf(req));
    const { push } = opened;
    const window = new PassiveReplyWindow(push.FromUserName, sender, ctx.logger);
    const turn = inbox.receive(push, window.deliver);
    const outcome = await withinBudget(turn, config.replyBudgetMs);
    if (outcome === 'late') {
      window.giveUp();
      turn.catch((err: unknown) => ctx.logger.error({ err, msgType: push.MsgType }, 'wechat: a late turn failed'));
      pending.track(turn.then(() => window.settled()));
      ctx.logger.info({ budgetMs: config.replyBudgetMs }, 'wechat: the turn outran the passive-reply budget; replying through the customer-service API');
      res.type('text/plain').send(NO_REPLY);
      return;
    }
    const replies = outcome && outcome.status !== 'duplicate' ? window.close().filter((a) => renderForWeChat(a) !== null) : [];
    // One passive reply of at most 2048 bytes; what does not fit follows as customer-service messages.
    const [text, ...rest] = weChatTexts(replies.map((a) => renderForWeChat(a)!));
    if (text === undefined) {
      res.type('text/plain').send(NO_REPLY);
      return;
    }
    const createTime = Math.floor(ctx.clock.now().getTime() / 1000);
    const xml = passiveTextReply({ openId: push.FromUserName, accountId: push.ToUserName }, text, createTime);
    if (rest.length) {
      ctx.logger.info({ texts: rest.length + 1 }, 'wechat: the reply is over 2048 bytes; the rest follows through the customer-service API');
      // After the passive reply has gone out (or the connection is gone), so the customer reads them in order.
      const sent = new Promise<void>((resolve) => res.once('close', () => resolve(window.sendRest(rest, replies))));
      pending.track(sent);
    }
    res.type('application/xml').send(opened.encrypted ? encryptedReply(verifier, config, opened, xml, createTime) : xml);
  });

  router.use(weChatErrorHandler(ctx.logger));
  return router;
}

/** The turn's outcome if it ends within `budgetMs`, else 'late' (the turn keeps running). */
async function withinBudget<T>(turn: Promise<T>, budgetMs: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    return await Promise.race([turn, late]);
  } finally {
    clearTimeout(timer);
  }
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

function bodyOf(req: Request): string {
  return typeof req.body === 'string' ? req.body : '';
}

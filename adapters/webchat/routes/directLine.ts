/**
 * The Direct Line 3.0 subset the official clients use (WEBCHAT.md "Endpoints the client uses"),
 * mounted under /v3/directline.
 */
import express, { type Request, type Router } from 'express';
import type { ChannelAccount } from '../../../src/activity.ts';
import type { Deliver } from '../../../src/turn/types.ts';
import type { AdapterContext } from '../../types.ts';
import { assertConversationAccess, authenticate, bearerOf, type DirectLineCaller } from '../auth.ts';
import type { WebChatConversations } from '../conversations.ts';
import { DirectLineError, WebChatErrors, webChatErrorHandler } from '../errors.ts';
import { ClientActivityBody, GenerateTokenBody, parseBody, parseWatermark, StartConversationBody } from '../schemas.ts';
import { streamUrlFor } from '../streaming.ts';
import { newConversationId, newWebChatUserId, type DirectLineTokens } from '../tokens.ts';
import { activitySetOf, stampInbound, type MonotonicTimestamps } from '../wireActivity.ts';

export interface DirectLineRouteDeps {
  ctx: AdapterContext;
  tokens: DirectLineTokens;
  conversations: WebChatConversations;
  timestamps: MonotonicTimestamps;
  deliver: Deliver;
}

export function directLineRouter(deps: DirectLineRouteDeps): Router {
  const { ctx, tokens, conversations, timestamps, deliver } = deps;
  const router = express.Router();
  router.use(express.json({ limit: '256kb' }));

  const callerOf = (req: Request): DirectLineCaller => authenticate(tokens, bearerOf(req.get('authorization')));
  const wsOriginOf = (req: Request): string => {
    const origin = ctx.config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    return origin.replace(/^http/, 'ws');
  };
  const conversationIdOf = (req: Request): string => String(req.params['conversationId']);

  /** Free in development; in production only for the site presenting the secret (as on Azure). */
  router.post('/tokens/generate', async (req, res) => {
    const bearer = bearerOf(req.get('authorization'));
    const bySecret = bearer !== null && tokens.isSecret(bearer);
    if (ctx.config.env === 'production' && !bySecret) throw bearer ? WebChatErrors.wrongSecret() : WebChatErrors.secretRequired();
    const body = parseBody(GenerateTokenBody, req.body, 'token request');
    if (body.user?.id && !bySecret) throw WebChatErrors.userChoiceNeedsSecret();
    const opened = await conversations.create(body.user?.id ?? newWebChatUserId());
    res.json({ conversationId: opened.conversationId, token: opened.token, expires_in: opened.expiresIn });
  });

  router.post('/tokens/refresh', (req, res) => {
    const caller = callerOf(req);
    if (caller.kind !== 'token') throw WebChatErrors.tokenNeeded();
    const { conv, user } = caller.claims;
    const issued = tokens.issue(conv, user);
    res.json({ conversationId: conv, token: issued.token, expires_in: issued.expiresIn });
  });

  /** Starts (or, with a conversation token, resumes) a conversation and greets the user. */
  router.post('/conversations', async (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(StartConversationBody, req.body, 'conversation start');
    let conversationId: string;
    let userId: string;
    if (caller.kind === 'token') {
      ({ conv: conversationId, user: userId } = caller.claims);
      if (body.user?.id && body.user.id !== userId) throw WebChatErrors.userMismatch(body.user.id);
    } else {
      conversationId = newConversationId();
      userId = body.user?.id ?? newWebChatUserId();
    }
    await conversations.ensure(conversationId, userId, optionalLocale(body.locale));
    const user: ChannelAccount = { id: userId, ...(body.user?.name ? { name: body.user.name } : {}), role: 'user' };
    await conversations.join(conversationId, user, body.locale);
    const issued = tokens.issue(conversationId, userId);
    res.status(201).json({
      conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
      streamUrl: streamUrlFor(wsOriginOf(req), conversationId, issued.token),
    });
  });

  /** Reconnect: a fresh token and a stream URL carrying the client's watermark. */
  router.get('/conversations/:conversationId', async (req, res) => {
    const conversationId = conversationIdOf(req);
    const caller = callerOf(req);
    assertConversationAccess(caller, conversationId);
    const watermark = parseWatermark(req.query['watermark']);
    const conversation = await conversations.require(conversationId);
    const issued = tokens.issue(conversationId, caller.kind === 'token' ? caller.claims.user : conversation.externalUserId);
    res.json({
      conversationId,
      token: issued.token,
      expires_in: issued.expiresIn,
      streamUrl: streamUrlFor(wsOriginOf(req), conversationId, issued.token, watermark),
    });
  });

  router.get('/conversations/:conversationId/activities', async (req, res) => {
    const conversationId = conversationIdOf(req);
    assertConversationAccess(callerOf(req), conversationId);
    const afterSeq = parseWatermark(req.query['watermark']);
    await conversations.require(conversationId);
    const stored = await ctx.store.activities.list(conversationId, afterSeq);
    res.json(activitySetOf(stored, afterSeq, () => ctx.clock.now().toISOString()));
  });

  router.post('/conversations/:conversationId/activities', async (req, res) => {
    const conversationId = conversationIdOf(req);
    const caller = callerOf(req);
    assertConversationAccess(caller, conversationId);
    const conversation = await conversations.require(conversationId);
    const body = parseBody(ClientActivityBody, req.body, 'activity');
    // The user's from.id is kept as sent (Web Chat places bubbles by it); a token pins it to its user.
    const userId = caller.kind === 'token' ? caller.claims.user : (body.from?.id ?? conversation.externalUserId);
    if (body.from?.id && body.from.id !== userId) throw WebChatErrors.userMismatch(body.from.id);
    const from: ChannelAccount = { id: userId, ...(body.from?.name ? { name: body.from.name } : {}), role: 'user' };
    const activity = stampInbound(body, { conversationId, from, timestamp: timestamps.next() });
    await ctx.pipeline.process(activity, deliver);
    res.json({ id: activity.id });
  });

  router.post('/conversations/:conversationId/upload', () => {
    throw new DirectLineError(501, 'NotSupported', 'Uploads are not supported on this channel');
  });

  router.use(webChatErrorHandler(ctx.logger));
  return router;
}

function optionalLocale(locale: string | undefined): { locale?: string } {
  return locale ? { locale } : {};
}

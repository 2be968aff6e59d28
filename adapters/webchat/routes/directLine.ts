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
import { WebChatErrors, webChatErrorHandler } from '../errors.ts';
import { ClientActivityBody, GenerateTokenBody, parseBody, parseWatermark, StartConversationBody } from '../schemas.ts';
import { streamUrlFor } from '../streaming.ts';
import { newConversationId, newWebChatUserId, type DirectLineTokens } from '../tokens.ts';
import { attachmentOf, newUploadId, readUpload } from '../uploads.ts';
import { activitySetOf, stampInbound, WEBCHAT_CHANNEL_ID, type MonotonicTimestamps } from '../wireActivity.ts';
import { inboxEntryOf } from '../../../src/turn/durable/inbox.ts';

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
  // Rate limits (README "Running in production"): a site presenting the secret is not limited per address.
  const startLimit = ctx.limits.directLineStart((req) => tokens.isSecret(bearerOf(req.get('authorization')) ?? ''));
  const postLimits = ctx.limits.directLinePost(conversationIdOf);

  /** Free in development; in production only for the site presenting the secret (as on Azure). */
  router.post('/tokens/generate', startLimit, async (req, res) => {
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
  router.post('/conversations', startLimit, async (req, res) => {
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

  router.post('/conversations/:conversationId/activities', ...postLimits, async (req, res) => {
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
    await ctx.inbox.runNow(inboxEntryOf(activity), activity, deliver);
    res.json({ id: activity.id });
  });

  /** Web Chat's attach button: the files are stored and the customer's message carries them. */
  router.post('/conversations/:conversationId/upload', ...postLimits, ctx.limits.upload(conversationIdOf), async (req, res) => {
    const conversationId = conversationIdOf(req);
    const caller = callerOf(req);
    assertConversationAccess(caller, conversationId);
    const conversation = await conversations.require(conversationId);
    const userId = caller.kind === 'token' ? caller.claims.user : String(req.query['userId'] ?? conversation.externalUserId);
    const queryUser = req.query['userId'];
    if (typeof queryUser === 'string' && queryUser && queryUser !== userId) throw WebChatErrors.userMismatch(queryUser);
    const upload = await readUpload(req);
    // The activity is checked with its files in it (a message needs text or attachments).
    const sent = upload.activity && typeof upload.activity === 'object' ? (upload.activity as Record<string, unknown>) : { type: 'message' };
    const provisional = upload.files.map((f) => ({ contentType: f.contentType, ...(f.fileName ? { name: f.fileName } : {}) }));
    const body = parseBody(ClientActivityBody, { ...sent, attachments: provisional }, 'activity');
    if (body.from?.id && body.from.id !== userId) throw WebChatErrors.userMismatch(body.from.id);
    const attachments = [];
    for (const file of upload.files) {
      const media = await ctx.store.media.save({
        channelId: WEBCHAT_CHANNEL_ID,
        conversationId,
        providerMediaId: newUploadId(),
        contentType: file.contentType,
        fileName: file.fileName,
        data: file.data,
        createdAt: ctx.clock.now().toISOString(),
      });
      attachments.push(attachmentOf(media));
    }
    const from: ChannelAccount = { id: userId, ...(body.from?.name ? { name: body.from.name } : {}), role: 'user' };
    const activity = stampInbound({ ...body, attachments }, { conversationId, from, timestamp: timestamps.next() });
    await ctx.inbox.runNow(inboxEntryOf(activity), activity, deliver);
    res.json({ id: activity.id });
  });

  /**
   * A file of this conversation, for Web Chat to show. The address holds the file's random id and
   * only serves files of the conversation named in it; anything else is a 404.
   */
  router.get('/conversations/:conversationId/media/:mediaId', async (req, res) => {
    const media = await ctx.store.media.get(String(req.params['mediaId']));
    if (!media || media.conversationId !== conversationIdOf(req)) throw WebChatErrors.fileNotFound();
    const inline = /^image\/(png|jpeg|gif|webp)$/.test(media.contentType);
    res.set({
      'content-type': inline ? media.contentType : 'application/octet-stream',
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${(media.fileName ?? 'file').replace(/[^\w.\- ]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
    res.send(media.data);
  });

  router.use(webChatErrorHandler(ctx.logger));
  return router;
}

function optionalLocale(locale: string | undefined): { locale?: string } {
  return locale ? { locale } : {};
}

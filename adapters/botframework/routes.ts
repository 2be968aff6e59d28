/** `POST /api/messages`: the Bot Framework messaging endpoint (Azure Bot Service, Teams, the Emulator). */
import express, { type ErrorRequestHandler, type Router } from 'express';
import type { Activity as BfActivity, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { AdapterContext } from '../types.ts';
import { BotFrameworkBody, fromBotFramework, toBotFramework } from './activities.ts';
import { refuseCaller } from './callerChecks.ts';
import { isAuthenticationError, type CarrierCloudAdapter } from './cloudAdapter.ts';
import { inboxEntryOf } from '../../src/turn/durable/inbox.ts';
import type { Deliver } from '../../src/turn/types.ts';
import { bodyParserType, HttpError, httpErrorHandler, sendError } from '../../src/server/errors.ts';

export const BOTFRAMEWORK_MESSAGES_PATH = '/api/messages';
const BODY_LIMIT = '1mb';

export function botFrameworkRouter(ctx: AdapterContext, cloud: CarrierCloudAdapter): Router {
  const router = express.Router();
  router.post(BOTFRAMEWORK_MESSAGES_PATH, ...ctx.limits.webhook, express.json({ limit: BODY_LIMIT, type: () => true }), async (req, res) => {
    // A browser's form or text/plain post (a page the developer opens) cannot set this without CORS.
    if (!req.is('application/json')) {
      sendError(res, 415, { code: 'UnsupportedMediaType', message: 'The body must be application/json' });
      return;
    }
    const parsed = BotFrameworkBody.safeParse(req.body);
    if (!parsed.success) {
      const detail = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
      sendError(res, 400, { code: 'BadArgument', message: `Not a Bot Framework activity: ${detail}` });
      return;
    }
    const inbound = parsed.data as unknown as BfActivity;
    const refusal = refuseCaller(cloud.credentials, { peerAddress: req.socket.remoteAddress, serviceUrl: inbound.serviceUrl, deliveryMode: inbound.deliveryMode });
    if (refusal) {
      ctx.logger.warn({ channel: inbound.channelId, reason: refusal.reason }, 'botframework: request refused');
      sendError(res, 401, { code: 'Unauthorized', message: refusal.message });
      return;
    }
    try {
      const invoke = await cloud.run(req.get('authorization') ?? '', inbound, (context) => runTurn(ctx, context));
      res.status(invoke?.status ?? 200);
      if (invoke?.body !== undefined) res.json(invoke.body);
      else res.end();
    } catch (err) {
      if (!isAuthenticationError(err)) throw err;
      ctx.logger.warn({ channel: inbound.channelId, reason: (err as Error).message }, 'botframework: request refused (authentication)');
      sendError(res, 401, { code: 'Unauthorized', message: 'The request is not authenticated for this bot' });
    }
  });

  router.use(BOTFRAMEWORK_MESSAGES_PATH, botFrameworkErrorHandler(ctx.logger));
  return router;
}

/** The CloudAdapter's turn: our pipeline, with replies sent back through the turn context. */
async function runTurn(ctx: AdapterContext, context: TurnContext): Promise<void> {
  const activity = fromBotFramework(context.activity);
  if (!activity) return;
  const channel = context.activity.channelId;
  const deliver: Deliver = async (_ref, activities) => {
    const out = activities.map((a) => toBotFramework(a, channel, ctx.config.botFramework.handoffEventChannels)).filter((a): a is Partial<BfActivity> => a !== null);
    if (out.length) await context.sendActivities(out);
  };
  // Committed in the durable inbox, so a redelivery after a crash in the turn runs it (taken over otherwise).
  if (activity.id) await ctx.inbox.runNow(inboxEntryOf(activity), activity, deliver);
  else await ctx.pipeline.process(activity, deliver);
}

/** Body-parser's failures answered as Direct Line's are; anything else is a logged 500. */
function botFrameworkErrorHandler(logger: Logger): ErrorRequestHandler {
  return httpErrorHandler(logger, {
    name: 'botframework',
    translate: (err) => {
      const type = bodyParserType(err);
      if (type === 'entity.too.large') return new HttpError(413, 'MessageSizeTooBig', 'The body is larger than 1 MB');
      return type?.startsWith('entity.') ? new HttpError(400, 'BadSyntax', 'The body is not valid JSON') : null;
    },
  });
}

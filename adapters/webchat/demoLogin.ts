/**
 * Demo sign-in, a stand-in for the carrier website's login (development only): the visitor picks a demo
 * user, and the server issues a Direct Line token for a fresh web chat user id linked to that user.
 */
import express, { type Router } from 'express';
import type { AccountTier, AccountRole } from '../../src/store/records.ts';
import type { AdapterContext } from '../types.ts';
import type { WebChatConversations } from './conversations.ts';
import { WebChatErrors, webChatErrorHandler } from './errors.ts';
import { DemoTokenBody, parseBody } from './schemas.ts';
import { newWebChatUserId } from './tokens.ts';
import { WEBCHAT_CHANNEL_ID } from './wireActivity.ts';

export interface DemoUserView {
  id: string;
  name: string;
  locale: string;
  accounts: { number: string; name: string; tier: AccountTier; roles: AccountRole[] }[];
}

/** What `POST /demo/token` answers: enough for the page to render Web Chat. */
export interface DemoSession {
  conversationId: string;
  token: string;
  expires_in: number;
  /** The web chat user id inside the token (Web Chat's `userID`). */
  userID: string;
  username: string | null;
  locale: string;
  /** The page's stored conversation was resumed (its history, and what came meanwhile, shows). */
  resumed: boolean;
}

export function demoLoginRouter(ctx: AdapterContext, conversations: WebChatConversations): Router {
  const router = express.Router();
  router.use(express.json({ limit: '4kb' }));

  router.get('/users', async (_req, res) => {
    res.json({ users: await listDemoUsers(ctx) });
  });

  router.post('/token', async (req, res) => {
    const body = parseBody(DemoTokenBody, req.body, 'demo sign-in');
    const user = body.userId ? await ctx.store.users.get(body.userId) : null;
    if (body.userId && !user) throw WebChatErrors.demoUserNotFound(body.userId);
    const locale = user?.locale ?? body.locale;
    const resumed = body.resume ? await resumeFor(ctx, conversations, body.resume, user?.id ?? null) : null;
    if (resumed) {
      res.json({ conversationId: resumed.conversationId, token: resumed.token, expires_in: resumed.expiresIn, userID: body.resume!.userID, username: user?.name ?? null, locale: locale ?? 'en-US', resumed: true } satisfies DemoSession);
      return;
    }
    const externalId = newWebChatUserId();
    if (user) {
      await ctx.store.identities.link({
        channelId: WEBCHAT_CHANNEL_ID,
        externalId,
        userId: user.id,
        linkedAt: ctx.clock.now().toISOString(),
      });
    }
    const opened = await conversations.create(externalId, {
      ...(locale ? { locale } : {}),
      ...(user ? { timeZone: user.timeZone } : {}),
    });
    const session: DemoSession = {
      conversationId: opened.conversationId,
      token: opened.token,
      expires_in: opened.expiresIn,
      userID: externalId,
      username: user?.name ?? null,
      locale: locale ?? 'en-US',
      resumed: false,
    };
    res.json(session);
  });

  router.use(webChatErrorHandler(ctx.logger));
  return router;
}

/** The kept conversation, when it is this person's: the same demo user (linked web chat id) or, anonymous, an unlinked one. */
async function resumeFor(ctx: AdapterContext, conversations: WebChatConversations, kept: { conversationId: string; userID: string }, userId: string | null) {
  const identity = await ctx.store.identities.find(WEBCHAT_CHANNEL_ID, kept.userID);
  if ((identity?.userId ?? null) !== userId) return null;
  return conversations.resume(kept.conversationId, kept.userID);
}

async function listDemoUsers(ctx: AdapterContext): Promise<DemoUserView[]> {
  const [users, accounts] = await Promise.all([ctx.store.users.list(), ctx.store.accounts.list()]);
  const accountByNumber = new Map(accounts.map((a) => [a.number, a]));
  return Promise.all(
    users.map(async (user) => ({
      id: user.id,
      name: user.name,
      locale: user.locale,
      accounts: (await ctx.store.accounts.membershipsOf(user.id)).flatMap((m) => {
        const account = accountByNumber.get(m.accountNumber);
        return account ? [{ number: account.number, name: account.name, tier: account.tier, roles: m.roles }] : [];
      }),
    })),
  );
}

import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.ts';
import type { ConversationRepository } from '../../store/store.ts';
import { setConversation } from '../turnState.ts';

/** Loads the conversation, creating it on first contact with the channel's locale and a default zone. */
export class ConversationMiddleware implements Middleware {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly clock: Clock,
    private readonly defaultTimeZone: string,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    const timeZone = a.localTimezone && isTimeZone(a.localTimezone) ? a.localTimezone : this.defaultTimeZone;
    const conversation = await this.conversations.ensure(
      {
        id: a.conversation.id,
        channelId: a.channelId,
        externalUserId: a.from.id,
        locale: baseLanguage(a.locale) ?? 'en',
        timeZone,
      },
      this.clock.now().toISOString(),
    );
    setConversation(context, conversation);
    await next();
  }
}

/** "zh-CN" -> "zh"; undefined for an empty locale. */
export function baseLanguage(locale: string | undefined): string | undefined {
  const base = locale?.split(/[-_]/)[0]?.toLowerCase();
  return base || undefined;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.ts';
import type { ConversationRepository } from '../../store/store.ts';
import { LOCALE, conversationOf, setConversation } from '../turnState.ts';

/** Names the language of a message (en, zh, es), or null when the text gives no evidence. */
export type LanguageDetector = (text: string) => string | null;

/**
 * The customer is answered in the language of their latest message: detected from the text, else
 * the conversation's (which starts as the channel's). The choice is kept on the conversation.
 */
export class LocaleMiddleware implements Middleware {
  constructor(
    private readonly detect: LanguageDetector,
    private readonly conversations: ConversationRepository,
    private readonly clock: Clock,
    private readonly supported: readonly string[],
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversation = conversationOf(context);
    const text = context.activity.text?.trim();
    // The conversation's locale started as the channel's; text evidence overrides it.
    const candidates = [text ? this.detect(text) : null, conversation.locale];
    const locale = candidates.find((c): c is string => !!c && this.supported.includes(c)) ?? this.supported[0]!;
    context.turnState.set(LOCALE, locale);
    if (locale !== conversation.locale) {
      await this.conversations.update(conversation.id, { locale }, this.clock.now().toISOString());
      setConversation(context, { ...conversation, locale });
    }
    await next();
  }
}

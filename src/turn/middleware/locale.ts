import type { Middleware, TurnContext } from 'botbuilder';
import type { Clock } from '../../clock.ts';
import type { ConversationRepository } from '../../store/store.ts';
import { LOCALE, conversationOf, setConversation, speakerOf } from '../turnState.ts';

/** Names the language of a message (en, zh, es), or null when the text gives no evidence. */
export type LanguageDetector = (text: string) => string | null;

/**
 * The customer is answered in the language of their latest message: detected from the text, else
 * the conversation's (which starts as the channel's). A signed-in customer joining a chat is greeted in
 * their own language (their user's locale, zh-CN, es-ES …), which the conversation keeps until their
 * words say otherwise. The choice is kept on the conversation. Runs after the identity middleware.
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
    // Joining with nothing said yet: the signed-in customer's own language beats the channel's.
    const joining = context.activity.type === 'conversationUpdate' ? languageOf(speakerOf(context)?.user.locale) : null;
    const candidates = [text ? this.detect(text) : null, joining, conversation.locale];
    const locale = candidates.find((c): c is string => !!c && this.supported.includes(c)) ?? this.supported[0]!;
    context.turnState.set(LOCALE, locale);
    if (locale !== conversation.locale) {
      await this.conversations.update(conversation.id, { locale }, this.clock.now().toISOString());
      setConversation(context, { ...conversation, locale });
    }
    await next();
  }
}

/** "zh-CN" → "zh"; null when there is no locale. */
function languageOf(locale: string | undefined): string | null {
  return locale ? (locale.split(/[-_]/)[0] ?? '').toLowerCase() || null : null;
}

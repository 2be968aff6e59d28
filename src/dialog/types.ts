import type { Activity, Reply } from '../activity.ts';
import type { Speaker } from '../accounts/speaker.ts';
import type { ConversationRecord } from '../store/records.ts';

/** What the bot knows when a customer turn reaches it; built by the turn pipeline. */
export interface TurnInput {
  activity: Activity;
  conversation: ConversationRecord;
  /** The linked carrier user and their accounts, or null for an anonymous customer. */
  speaker: Speaker | null;
  /** Locale of this turn (BCP-47 language: en, zh, es). */
  locale: string;
  timeZone: string;
  now: Date;
}

/** The bot: everything after the middleware. Returns what to say, channel-neutral. */
export interface Bot {
  respond(turn: TurnInput): Promise<Reply[]>;
}

import type { Activity, ConversationRef } from '../activity.ts';

/** Sends recorded outbound activities to the customer's channel. */
export type Deliver = (ref: ConversationRef, activities: Activity[]) => Promise<void>;

export type TurnStatus =
  /** The bot answered (or chose to say nothing). */
  | 'processed'
  /** The same delivery id was processed before; nothing was done. */
  | 'duplicate'
  /** An agent owns the conversation: the message was recorded and relayed, the bot stayed silent. */
  | 'relayed'
  /** The turn threw; the error was logged and the customer told. The inbound activity is kept. */
  | 'failed';

export interface TurnOutcome {
  status: TurnStatus;
  conversationId: string;
  /** Outbound activities of this turn, as recorded (ids and timestamps stamped). */
  replies: Activity[];
}

/** How a turn came in. */
export interface ProcessOptions {
  /**
   * The turn comes from the durable inbox, whose unique (channel, message id) already dropped
   * redeliveries: the receipt is not claimed again, so a turn taken over after a crash runs. The
   * number is the inbox's attempt (2 and more: taken over).
   */
  inboxAttempt?: number;
}

export interface TurnPipeline {
  /**
   * Runs one inbound activity through the middleware (dedupe, conversation, locale, identity,
   * recording, ownership routing) and the bot. Replies go out through `deliver` as they are sent.
   */
  process(activity: Activity, deliver: Deliver, options?: ProcessOptions): Promise<TurnOutcome>;
  /** Sends activities to a conversation outside a customer turn (agent replies, notices); recorded. */
  sendToConversation(ref: ConversationRef, activities: Activity[], deliver: Deliver): Promise<Activity[]>;
  /** Number of turns now running. */
  inFlight(): number;
  /** Resolves when no turn is running, or after `timeoutMs`; returns the number still running. */
  drain(timeoutMs: number): Promise<number>;
}

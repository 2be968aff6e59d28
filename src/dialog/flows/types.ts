import type { Reply } from '../../activity.ts';
import type { Speaker } from '../../accounts/speaker.ts';
import type { Clock } from '../../clock.ts';
import type { IntentName, Parse } from '../../nlu/types.ts';
import type { AccountRole, ConversationRecord } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';

/** Everything a flow may use for one message. */
export interface FlowContext {
  text: string;
  parse: Parse;
  /** The linked carrier user, or null (only flows that need 'anyone' run for anonymous customers). */
  speaker: Speaker | null;
  /** The account the conversation is about; never null for a flow that needs 'account'. */
  accountNumber: string | null;
  /** The speaker's roles on that account, checked where an action runs. */
  roles: readonly AccountRole[];
  conversation: ConversationRecord;
  store: Store;
  clock: Clock;
  locale: string;
  timeZone: string;
  now: Date;
  /** What the flow kept from its previous turn when it asked a question, else null. */
  flowState: Record<string, unknown> | null;
}

export interface FlowResult {
  replies: Reply[];
  /** Set when the flow asked something: the next message comes back to it with this state. */
  continueWith?: Record<string, unknown>;
}

/** A support flow on the account level (billing, users, VIP, carbon …), one module each. */
export interface AccountFlow {
  readonly intent: IntentName;
  /** 'anyone': general information anyone may get; 'account': a linked user with a chosen account. */
  readonly needs: 'anyone' | 'account';
  /** For 'anyone' flows whose answer depends on the account: a linked user of several accounts picks one first. */
  readonly asksAccount?: boolean;
  run(ctx: FlowContext): Promise<FlowResult>;
}

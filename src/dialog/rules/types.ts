import type { AccountReading } from '../accountReading.ts';
import type { Action, Decision, ParcelTask, TurnReading } from '../decision.ts';
import type { DiscourseAct } from '../discourse/discourseAct.ts';
import type { AccountChoice } from '../searchDecision.ts';
import type { DialogState } from '../state.ts';

/**
 * One message as the decision rules see it, read once by `decide` (policy.ts): pure values, no I/O.
 */
export interface MessageReading {
  /** The message against the state as loaded: what the answers to the assistant's pending question read. */
  asLoaded: TurnReading;
  /** The message against the state once a passed-by "Shall we go back to …?" is let go: what every other rule reads. */
  reading: TurnReading;
  /** Which of the speaker's accounts the message is about. */
  accounts: AccountReading;
  /** What the message does in the conversation, decided once for every flow. */
  act: DiscourseAct;
  /** A complaint about a parcel (the parcel is found first), or undefined. */
  complaint: ParcelTask | undefined;
  /** The account a search or an account flow runs on, and whether the message chose it. */
  chosen: AccountChoice;
  /** The next state without a pending question, with a waiting flow put aside when the message is something else. */
  go(action: Action, patch?: Partial<DialogState>): Decision;
}

/** One named step of the dialog policy: a decision, or null to let the next rule read the message. */
export interface DecisionRule {
  readonly name: string;
  decide(m: MessageReading): Decision | null;
}

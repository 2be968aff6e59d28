import type { TicketCategory } from '../../store/records.ts';
import type { Store } from '../../store/store.ts';

/** What a policy reads about the turn, given explicitly by the dialog after it answered. */
export interface PolicyInput {
  conversationId: string;
  /** The conversation's account, when one is chosen. */
  conversationAccount: string | null;
  /** The accounts the speaker belongs to (a policy only ever looks at these). */
  speakerAccounts: ReadonlySet<string>;
  /** The intent of the message just answered. */
  intent: string;
  /** The one parcel the answer just showed, if any. */
  shownParcel: string | null;
}

/** The parts of the store the policies read. */
export type PolicyStore = Pick<Store, 'shipments' | 'accounts' | 'tickets' | 'handoffs'>;

/** Why a policy offers the customer a person, the ticket a yes opens and what it is about. */
export interface PolicyHandoff {
  /** For the agent ("an exception on a parcel of an enterprise VIP account" …). */
  detail: string;
  category?: TicketCategory;
  /** The parcel the handoff is about. */
  parcel?: string;
  /** The account the handoff is about when it is not the conversation's (the parcel's account). */
  accountNumber?: string;
}

/** One escalation policy: from data, not words. Null when it does not apply; the first that applies offers a person. */
export interface EscalationPolicy {
  readonly name: string;
  check(input: PolicyInput, store: PolicyStore): Promise<PolicyHandoff | null>;
}

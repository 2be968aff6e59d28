import type { Speaker } from '../accounts/speaker.ts';
import type { ConversationRecord, TicketCategory, TicketPriority, TicketRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';

export type EscalationReason = 'requested' | 'complaint';

export interface EscalationRequest {
  conversation: ConversationRecord;
  speaker: Speaker | null;
  reason: EscalationReason;
  /** Parcels the conversation is about, if any. */
  trackingNumbers: string[];
  language: string;
  at: string;
}

const CATEGORY: Readonly<Record<EscalationReason, TicketCategory>> = { requested: 'general', complaint: 'complaint' };
const SUBJECT: Readonly<Record<EscalationReason, string>> = {
  requested: 'Customer asked to talk to a person',
  complaint: 'Customer complaint',
};

/**
 * Opens the ticket that hands a conversation to people, or returns the one already open for it,
 * so a customer who asks twice gets the same ticket. Complaints and enterprise VIP accounts come first.
 */
export async function openEscalationTicket(store: Store, request: EscalationRequest): Promise<TicketRecord> {
  const category = CATEGORY[request.reason];
  const open = (await store.tickets.listForConversation(request.conversation.id)).find(
    (t) => t.category === category && (t.state === 'open' || t.state === 'pending'),
  );
  if (open) return open;
  const accountNumber = request.conversation.accountNumber ?? request.speaker?.memberships[0]?.accountNumber ?? null;
  const account = accountNumber ? await store.accounts.get(accountNumber) : null;
  const priority: TicketPriority =
    account?.tier === 'enterprise_vip' ? (request.reason === 'complaint' ? 'urgent' : 'high') : request.reason === 'complaint' ? 'high' : 'normal';
  return store.tickets.create(
    {
      category,
      priority,
      conversationId: request.conversation.id,
      accountNumber,
      userId: request.speaker?.user.id ?? null,
      trackingNumbers: request.trackingNumbers,
      subject: SUBJECT[request.reason],
      details: { reason: request.reason, language: request.language, channel: request.conversation.channelId },
    },
    request.at,
  );
}

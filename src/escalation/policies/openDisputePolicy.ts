/** A customer who comes back about billing while a dispute of theirs from an earlier conversation is still open goes to people. */
import type { TicketRecord } from '../../store/records.ts';
import type { EscalationPolicy } from './types.ts';

/** A billing question while a dispute opened in an earlier conversation is still open, or null. */
export function disputePolicy(openDisputes: readonly Pick<TicketRecord, 'number' | 'conversationId'>[], conversationId: string): string | null {
  const earlier = openDisputes.filter((t) => t.conversationId !== conversationId);
  return earlier.length ? `billing question with an open dispute (${earlier.map((t) => t.number).join(', ')})` : null;
}

export const openDisputePolicy: EscalationPolicy = {
  name: 'billing with an open dispute',
  async check({ intent, conversationAccount, speakerAccounts, conversationId }, store) {
    if (intent !== 'billing') return null;
    const accountNumber = conversationAccount ?? (speakerAccounts.size === 1 ? [...speakerAccounts][0]! : null);
    if (!accountNumber || !speakerAccounts.has(accountNumber)) return null;
    const why = disputePolicy(await store.tickets.openForAccount(accountNumber, 'billing_dispute'), conversationId);
    return why ? { detail: why, category: 'billing_dispute' } : null;
  },
};

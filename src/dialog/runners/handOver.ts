import type { Escalation, EscalationRequest } from '../../escalation/handoffDesk.ts';
import type { PolicyHandoff } from '../../escalation/policies/types.ts';
import { WITH_PEOPLE } from '../../escalation/handoffStates.ts';
import type { TicketCategory, TicketRecord } from '../../store/records.ts';
import { alreadyOpenText, openTicketOn } from '../flows/shared/parcelTicket.ts';
import { handoffParcel } from '../handoffParcel.ts';
import type { RunnerContext } from './types.ts';

/** What handing a conversation over needs: the turn, its parse, the dialog state to describe, the parcels and the desk. */
export type HandOverNeeds = Pick<RunnerContext, 'turn' | 'parse' | 'before' | 'store' | 'desk'>;

/**
 * Hands the conversation to people with what this conversation is about. One open ticket per parcel and
 * kind: when people already have the parcel's ticket of that kind from another conversation, the
 * message is added to it and the customer told so, instead of a second ticket and a second queue place.
 */
export async function handOver(ctx: HandOverNeeds, reason: EscalationRequest['reason'], policy?: PolicyHandoff, contact?: EscalationRequest['contact']): Promise<Pick<Escalation, 'replies'>> {
  const { turn, parse, before: state } = ctx;
  const taken = policy?.parcel && policy.category ? await takenElsewhere(ctx, policy.parcel, policy.category) : null;
  if (taken) {
    const text = turn.activity.text?.trim();
    const at = turn.now.toISOString();
    const ticket = text ? ((await ctx.store.tickets.addCustomerMessage(taken.number, { text, conversationId: turn.conversation.id, at }, at)) ?? taken) : taken;
    return { replies: [{ type: 'message', text: alreadyOpenText(ticket, policy!.parcel!, Boolean(text), turn.locale, turn.timeZone) }] };
  }
  const mine = turn.speaker?.memberships.map((m) => m.accountNumber) ?? [];
  // Only the speaker's own account is searched for the parcel the message names.
  const current = turn.conversation.accountNumber && mine.includes(turn.conversation.accountNumber) ? turn.conversation.accountNumber : null;
  const account = current ?? (mine.length === 1 ? mine[0]! : null);
  const about = policy?.parcel ?? (await handoffParcel(ctx.store.shipments, parse, state, account, turn.now));
  return ctx.desk.escalate({
    conversation: turn.conversation,
    ...(policy?.accountNumber ? { accountNumber: policy.accountNumber } : {}),
    speaker: turn.speaker,
    reason,
    ...(policy ? { reasonDetail: policy.detail } : {}),
    ...(policy?.category ? { category: policy.category } : {}),
    trackingNumbers: [...new Set([...(about ? [about] : []), ...parse.trackingNumbers])],
    parcel: about,
    text: turn.activity.text ?? '',
    parse,
    misunderstandings: Math.max(state.misunderstandings, reason === 'not_understood' ? 2 : 0),
    lastIntent: state.lastIntent ?? parse.intent,
    language: turn.locale,
    ...(contact ? { contact } : {}),
  });
}

/** The parcel's open ticket of this kind when people have it (waiting or taken) in another conversation; else null. */
async function takenElsewhere(ctx: HandOverNeeds, parcel: string, category: TicketCategory): Promise<TicketRecord | null> {
  if (category === 'general') return null;
  const shipment = await ctx.store.shipments.byTrackingNumber(parcel);
  const open = shipment ? await openTicketOn(ctx.store, shipment, category) : null;
  const handoff = open ? await ctx.store.handoffs.byTicket(open.number) : null;
  return handoff && WITH_PEOPLE.includes(handoff.state) && handoff.conversationId !== ctx.turn.conversation.id ? open : null;
}

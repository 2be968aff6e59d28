/**
 * A parcel the bot just showed that is in trouble on a VIP account or worth a lot gets a person offered
 * (src/dialog/runners/byPolicy.ts: never imposed, a yes hands over): once per parcel in a conversation,
 * even when the parcel has a ticket; a parcel whose ticket of that kind people already have is not offered again.
 */
import type { AccountTier, ShipmentRecord, TicketCategory } from '../../store/records.ts';
import { WITH_PEOPLE } from '../handoffStates.ts';
import { HIGH_VALUE_USD, isHighValue } from '../serviceLevels.ts';
import type { EscalationPolicy, PolicyStore } from './types.ts';

/** Why a parcel the bot just showed must go to people, or null. */
export function parcelPolicy(shipment: Pick<ShipmentRecord, 'status' | 'declaredValue'>, tier: AccountTier | null): string | null {
  if (shipment.status !== 'exception') return null;
  if (tier === 'enterprise_vip') return 'an exception on a parcel of an enterprise VIP account';
  if (isHighValue(shipment)) {
    return `an exception on a high-value parcel (declared ${shipment.declaredValue.amount} ${shipment.declaredValue.currency}, over ${HIGH_VALUE_USD} USD)`;
  }
  return null;
}

/** The ticket a parcel policy opens: customs when customs holds it, otherwise a lost or delayed parcel. */
export function parcelPolicyCategory(shipment: Pick<ShipmentRecord, 'customsState'>): TicketCategory {
  return shipment.customsState === 'held' ? 'customs' : 'lost_delayed';
}

/** Whether a handoff of this conversation is about the parcel: its latest, or one on a ticket it opened. */
async function handedOver(store: PolicyStore, conversationId: string, parcel: string): Promise<boolean> {
  const latest = await store.handoffs.latestForConversation(conversationId);
  if (latest && (await store.tickets.get(latest.ticketNumber))?.trackingNumbers.includes(parcel)) return true;
  for (const ticket of await store.tickets.listForConversation(conversationId)) {
    if (ticket.trackingNumbers.includes(parcel) && (await store.handoffs.byTicket(ticket.number))) return true;
  }
  return false;
}

/** Whether the parcel's open ticket of this category is in a handoff people have (waiting or taken), in any conversation. */
async function withPeople(store: PolicyStore, accountNumber: string, parcel: string, category: TicketCategory): Promise<boolean> {
  for (const ticket of await store.tickets.openForAccount(accountNumber, category)) {
    if (!ticket.trackingNumbers.includes(parcel)) continue;
    const handoff = await store.handoffs.byTicket(ticket.number);
    if (handoff && WITH_PEOPLE.includes(handoff.state)) return true;
  }
  return false;
}

export const parcelInTroublePolicy: EscalationPolicy = {
  name: 'parcel in trouble',
  async check({ shownParcel, conversationId, speakerAccounts }, store) {
    if (!shownParcel) return null;
    // Once per parcel: this conversation already handed it to people. A ticket alone (the customs or
    // trace ticket the answer just opened) is no person: the handoff then goes on with that ticket.
    if (await handedOver(store, conversationId, shownParcel)) return null;
    const shipment = await store.shipments.byTrackingNumber(shownParcel);
    if (!shipment || !speakerAccounts.has(shipment.accountNumber)) return null;
    const account = await store.accounts.get(shipment.accountNumber);
    const why = parcelPolicy(shipment, account?.tier ?? null);
    if (!why) return null;
    const category = parcelPolicyCategory(shipment);
    // One open ticket per parcel and category: people working on it already (from any conversation) see it there.
    if (await withPeople(store, shipment.accountNumber, shownParcel, category)) return null;
    return { detail: why, parcel: shownParcel, category, accountNumber: shipment.accountNumber };
  },
};

/**
 * Escalation by policy, from data rather than words: a parcel with an exception on a VIP account or
 * worth a lot goes to people at once, and so does a customer who comes
 * back about billing while a dispute of theirs is still open.
 */
import type { AccountTier, ShipmentRecord, TicketCategory, TicketRecord } from '../store/records.ts';
import { HIGH_VALUE_USD, isHighValue } from './serviceLevels.ts';

/** Why a parcel the bot just showed must go to people, or null. */
export function parcelPolicy(shipment: Pick<ShipmentRecord, 'status' | 'declaredValue'>, tier: AccountTier | null): string | null {
  if (shipment.status !== 'exception') return null;
  if (tier === 'enterprise_vip') return 'an exception on a parcel of an enterprise VIP account';
  if (isHighValue(shipment)) {
    return `an exception on a high-value parcel (declared ${shipment.declaredValue.amount} ${shipment.declaredValue.currency}, over ${HIGH_VALUE_USD} USD)`;
  }
  return null;
}

/** A billing question while a dispute opened in an earlier conversation is still open, or null. */
export function disputePolicy(openDisputes: readonly Pick<TicketRecord, 'number' | 'conversationId'>[], conversationId: string): string | null {
  const earlier = openDisputes.filter((t) => t.conversationId !== conversationId);
  return earlier.length ? `billing question with an open dispute (${earlier.map((t) => t.number).join(', ')})` : null;
}

/** The ticket a parcel policy opens: customs when customs holds it, otherwise a lost or delayed parcel. */
export function parcelPolicyCategory(shipment: Pick<ShipmentRecord, 'customsState'>): TicketCategory {
  return shipment.customsState === 'held' ? 'customs' : 'lost_delayed';
}

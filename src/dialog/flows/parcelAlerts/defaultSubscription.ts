/**
 * A signed-in customer's parcel they asked about (the parcel in focus after their turn, on one of
 * their own accounts) is watched for exceptions by default. Nothing is said now: the first alert it
 * leads to says why it came and how to stop (src/alerts/alertTexts.ts), once per conversation. A
 * subscription the customer asked for or stopped is never touched (the store's subscribe).
 */
import type { Speaker } from '../../../accounts/speaker.ts';
import { isMemberOf } from '../../../accounts/speaker.ts';
import type { Store } from '../../../store/store.ts';

export async function watchAskedParcel(store: Store, conversationId: string, speaker: Speaker | null, trackingNumber: string | null, at: string): Promise<void> {
  if (!speaker || !trackingNumber) return;
  const shipment = await store.shipments.byTrackingNumber(trackingNumber);
  if (!shipment || !isMemberOf(speaker, shipment.accountNumber) || shipment.status === 'delivered') return;
  await store.subscriptions.subscribe({ conversationId, trackingNumber, kind: 'exceptions', source: 'default' }, at);
}

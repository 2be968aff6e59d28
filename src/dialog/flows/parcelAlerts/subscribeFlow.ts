/**
 * "Tell me when it arrives": a parcel flow, so the parcel is found the usual way first (its number,
 * the parcel in focus, a description or a choice) and only a parcel of the speaker's own accounts gets
 * here (anyone else's gets its public status: runners/parcelTask.ts). The conversation is subscribed
 * to every change of it; the alerts themselves are src/alerts/.
 *
 * A described parcel is one still on its way ("let me know when the paris one arrives": not the ones
 * delivered), and a description that fits several on their way subscribes every one of them ("notify
 * me about my LA parcels", "那几个"): alerts about one parcel too many cost nothing, a question does.
 */
import type { ShipmentRecord } from '../../../store/records.ts';
import { NOT_DELIVERED } from '../../../shipments/resolveShipments.ts';
import type { ParcelFlow, ParcelFlowContext } from '../types.ts';
import { parcelAlertTexts } from './texts.ts';

async function subscribeAll(ctx: ParcelFlowContext, shipments: readonly ShipmentRecord[]): Promise<string[]> {
  const numbers = shipments.map((s) => s.trackingNumber);
  for (const trackingNumber of numbers) {
    await ctx.store.subscriptions.subscribe({ conversationId: ctx.conversation.id, trackingNumber, kind: 'all', source: 'asked' }, ctx.now.toISOString());
  }
  return numbers;
}

export const subscribeFlow: ParcelFlow = {
  intent: 'subscribe_updates',
  statusWordsAreTheRequest: true,
  // "when it arrives", "到了", "cuando llegue": what to be told about, never a filter to delivered parcels.
  worryHints: ['delivered'],
  focus: { statuses: NOT_DELIVERED },
  async run(ctx, shipment) {
    return this.runOnEvery!(ctx, [shipment]);
  },
  async runOnEvery(ctx, shipments) {
    const t = parcelAlertTexts(ctx.locale);
    // A delivered parcel has nothing left to tell: it fits only when nothing on its way did.
    const onTheWay = shipments.filter((s) => s.status !== 'delivered');
    if (!onTheWay.length) return { replies: [{ type: 'message', text: t.alreadyDelivered(shipments.map((s) => s.trackingNumber)) }] };
    const numbers = await subscribeAll(ctx, onTheWay);
    return { replies: [{ type: 'message', text: numbers.length === 1 ? t.subscribed(numbers[0]!) : t.subscribedEvery(numbers) }] };
  },
};

/**
 * "Tell me when it arrives": a parcel flow, so the parcel is found the usual way first (its number,
 * the parcel in focus, a description or a choice) and only a parcel of the speaker's own accounts gets
 * here (anyone else's gets its public status: runners/parcelTask.ts). The conversation is subscribed
 * to every change of it; the alerts themselves are src/alerts/.
 */
import type { ParcelFlow } from '../types.ts';
import { parcelAlertTexts } from './texts.ts';

export const subscribeFlow: ParcelFlow = {
  intent: 'subscribe_updates',
  statusWordsAreTheRequest: true,
  async run(ctx, shipment) {
    await ctx.store.subscriptions.subscribe(
      { conversationId: ctx.conversation.id, trackingNumber: shipment.trackingNumber, kind: 'all', source: 'asked' },
      ctx.now.toISOString(),
    );
    return { replies: [{ type: 'message', text: parcelAlertTexts(ctx.locale).subscribed(shipment.trackingNumber) }] };
  },
};

/** A parcel flow's context on the seeded demo data, for the flow tests. */
import { findSpeaker } from '../../../src/accounts/speaker.ts';
import type { Attachment } from '../../../src/activity.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import { deadlineClock } from '../../../src/escalation/serviceLevels.ts';
import { parseBusinessHours } from '../../../src/schedule/openingHours.ts';
import type { ParcelFlowContext } from '../../../src/dialog/flows/types.ts';
import { openStore } from '../../../src/store/openStore.ts';
import type { ShipmentRecord } from '../../../src/store/records.ts';
import type { Store } from '../../../src/store/store.ts';

export const NOW = '2026-03-20T09:00:00.000Z';
/** The desk's calendar in these tests: the default BUSINESS_HOURS (src/config.ts) in UTC. */
export const DESK_DEADLINES = deadlineClock(parseBusinessHours('Mon-Fri 09:00-18:00', 'UTC'));

/** A store with the small demo data set and these users linked on channel 'test'. */
export async function demoStore(users: readonly string[]): Promise<Store> {
  const store = await openStore('sqlite::memory:');
  await store.importDataset(generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }));
  for (const u of users) await store.identities.link({ channelId: 'test', externalId: u, userId: u, linkedAt: NOW });
  return store;
}

let conversations = 0;

/** The context a parcel flow gets for `user`'s message about `trackingNumber` (a new conversation unless `conversationId`). */
export async function parcelContext(
  store: Store,
  user: string,
  trackingNumber: string,
  extra: Partial<ParcelFlowContext> & { conversationId?: string; attachments?: Attachment[] } = {},
): Promise<{ ctx: ParcelFlowContext; shipment: ShipmentRecord }> {
  const speaker = await findSpeaker(store, 'test', user);
  const shipment = (await store.shipments.byTrackingNumber(trackingNumber))!;
  const id = extra.conversationId ?? `c-flow-${++conversations}`;
  const conversation = await store.conversations.ensure({ id, channelId: 'test', externalUserId: user, locale: 'en', timeZone: 'UTC' }, NOW);
  const { conversationId: _ignored, ...rest } = extra;
  return {
    shipment,
    ctx: {
      store,
      conversation,
      speaker,
      roles: speaker?.memberships.find((m) => m.accountNumber === shipment.accountNumber)?.roles ?? [],
      text: '',
      attachments: [],
      locale: 'en',
      timeZone: 'UTC',
      now: new Date(NOW),
      confirmed: false,
      deadlines: DESK_DEADLINES,
      ...rest,
    },
  };
}

/** Every message text of a flow's result, joined. */
export const textOf = (r: { replies: readonly { type: string; text?: string }[] }): string => r.replies.map((x) => x.text ?? '').join('\n');

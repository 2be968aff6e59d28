import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FixedClock } from '../../../src/clock.ts';
import { generateDataset } from '../../../src/demo/index.ts';
import { escalateByPolicy } from '../../../src/dialog/runners/byPolicy.ts';
import type { HandOverNeeds } from '../../../src/dialog/runners/handOver.ts';
import { INITIAL_DIALOG_STATE } from '../../../src/dialog/state.ts';
import { parseBusinessHours } from '../../../src/schedule/openingHours.ts';
import { HandoffDesk } from '../../../src/escalation/handoffDesk.ts';
import { parcelPolicy } from '../../../src/escalation/policies/parcelInTroublePolicy.ts';
import type { Store } from '../../../src/store/store.ts';
import { conversationOf, DESK_HOURS, DESK_ZONE, NOW, recordingMessenger, seededStore, speakerOf } from '../../escalation/deskFixture.ts';
import { parseOf } from '../parseFixture.ts';

/** Carol is a user of two accounts; the conversation is about the first, the parcel in trouble is on the second (a person offered, never imposed). */
const CONVERSATION_ACCOUNT = '8T4C2M';
const PARCEL_ACCOUNT = '7N2F4D';
const inTrouble = generateDataset({ seed: 42, now: new Date(NOW), scale: 'small' }).shipments.find(
  (s) => s.accountNumber === PARCEL_ACCOUNT && parcelPolicy(s, 'standard') !== null,
)!.trackingNumber;

describe('escalateByPolicy', () => {
  let store: Store;
  let desk: HandoffDesk;

  beforeEach(async () => {
    store = await seededStore();
    desk = new HandoffDesk({ store, clock: new FixedClock(NOW), hours: parseBusinessHours(DESK_HOURS, DESK_ZONE), messenger: recordingMessenger().messenger });
  });
  afterEach(async () => {
    await store.close();
  });

  async function ctxOf(id: string, userId: string | null): Promise<HandOverNeeds> {
    const conversation = await conversationOf(store, id, userId, [], CONVERSATION_ACCOUNT);
    const activity = { type: 'message' as const, channelId: 'test', from: { id: `ext-${id}` }, conversation: { id }, text: 'where is it?' };
    const speaker = userId ? await speakerOf(store, userId) : null;
    return { turn: { activity, conversation, speaker, locale: 'en', timeZone: DESK_ZONE, now: new Date(NOW) }, parse: parseOf({}), before: INITIAL_DIALOG_STATE, store, desk };
  }

  test('should offer a person about the parcel on its account, opening no ticket and handing nothing over', async () => {
    const ctx = await ctxOf('c-1', 'u-carol');
    const { replies, state } = await escalateByPolicy(ctx, INITIAL_DIALOG_STATE, inTrouble);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'message', text: expect.stringContaining(inTrouble) });
    expect(state).toMatchObject({ awaiting: 'person_offer', confirming: inTrouble, personOffer: { category: 'lost_delayed' } });
    expect(await store.tickets.listForConversation('c-1')).toEqual([]);
    expect(await store.handoffs.latestForConversation('c-1')).toBeNull();
  });

  test('should not offer the person again once declined on that parcel, nor while another question is open', async () => {
    const ctx = await ctxOf('c-3', 'u-carol');
    expect((await escalateByPolicy(ctx, { ...INITIAL_DIALOG_STATE, personDeclined: [inTrouble] }, inTrouble)).replies).toEqual([]);
    expect((await escalateByPolicy(ctx, { ...INITIAL_DIALOG_STATE, awaiting: 'choice' }, inTrouble)).replies).toEqual([]);
  });

  test('should leave an anonymous customer to the answer', async () => {
    expect((await escalateByPolicy(await ctxOf('c-2', null), INITIAL_DIALOG_STATE, inTrouble)).replies).toEqual([]);
    expect(await store.tickets.listForConversation('c-2')).toEqual([]);
  });
});

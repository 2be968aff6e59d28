import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY } from '../../src/demo/index.ts';
import { handoffParcel } from '../../src/dialog/handoffParcel.ts';
import type { Parse } from '../../src/nlu/types.ts';
import type { Store } from '../../src/store/store.ts';
import { demoStore, NOW } from './flows/parcelFlowHarness.ts';
import { parseOf } from './parseFixture.ts';

const CHICAGO = { name: 'Chicago', country: 'US' };
const LONDON = { name: 'London', country: 'GB' };
const focus = { candidates: [] as string[], lastParcel: STORY.torontoYesterday as string | null };
const nothing = { candidates: [] as string[], lastParcel: null };

describe('handoffParcel: which parcel a complaint is about', () => {
  let store: Store;
  beforeAll(async () => {
    store = await demoStore([]);
  });
  afterAll(async () => {
    await store.close();
  });

  test.each<[string, Partial<Parse>, typeof focus, string | null, string | null]>([
    ['the tracking number the message gives', { trackingNumbers: [STORY.damaged] }, focus, DEMO_ACCOUNTS.mingyuan, STORY.damaged],
    ['the one parcel the description fits, over the one in focus', { destination: CHICAGO }, focus, DEMO_ACCOUNTS.mingyuan, STORY.lateSilent],
    ['the parcel in focus when the description fits two (London)', { destination: LONDON }, focus, DEMO_ACCOUNTS.mingyuan, STORY.torontoYesterday],
    ['the parcel in focus when only a status word is said', { statusHints: ['stuck'] }, focus, DEMO_ACCOUNTS.mingyuan, STORY.torontoYesterday],
    ['the only parcel offered', {}, { candidates: [STORY.delivered], lastParcel: STORY.torontoYesterday }, DEMO_ACCOUNTS.mingyuan, STORY.delivered],
    ['none without an account to search or a focus', { destination: CHICAGO }, nothing, null, null],
    ['none when no parcel of the account fits and none is in focus', { destination: CHICAGO }, nothing, DEMO_ACCOUNTS.ceramicaLuna, null],
  ])('should take %s', async (_name, parse, state, account, expected) => {
    expect(await handoffParcel(store.shipments, parseOf({ intent: 'talk_to_agent', ...parse }), state, account, new Date(NOW))).toBe(expected);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findSpeaker } from '../../src/accounts/speaker.ts';
import { DEMO_ACCOUNTS, STORY_TRACKING_NUMBERS as STORY, generateDataset } from '../../src/demo/index.ts';
import { silencePastEta } from '../../src/shipments/parcelSilence.ts';
import { traceOffer } from '../../src/dialog/traceOffer.ts';
import type { Store } from '../../src/store/store.ts';
import { demoStore, NOW } from './flows/parcelFlowHarness.ts';

describe('traceOffer after a status answer', () => {
  let store: Store;
  const now = new Date(NOW);
  const ctxOf = async (user: string, locale = 'en') => ({ store, speaker: await findSpeaker(store, 'test', user), now, locale, timeZone: 'Asia/Shanghai' });
  beforeAll(async () => {
    store = await demoStore(['u-alice', 'u-kelvin']);
  });
  afterAll(async () => {
    await store.close();
  });

  test('should pick the parcel of these tests by a plain filter over the demo data', () => {
    // On Alice's account, the one parcel not delivered, not in exception, past its ETA and not scanned for days.
    const { shipments } = generateDataset({ seed: 42, now, scale: 'small' });
    const silent = shipments.filter((s) => s.accountNumber === DEMO_ACCOUNTS.mingyuan && silencePastEta(s, now)).map((s) => s.trackingNumber);
    expect(silent).toEqual([STORY.lateSilent]);
  });

  test.each([
    ['on time', STORY.torontoYesterday],
    ['delivered', STORY.delivered],
    ['held at customs (an exception: the customs flow answers it)', STORY.customsHeld],
    ['damaged (an exception)', STORY.damaged],
  ])('should add nothing to a parcel %s', async (_name, parcel) => {
    expect(await traceOffer(await ctxOf('u-alice'), parcel)).toBeNull();
  });

  test("should offer no trace on another account's parcel, nor to an anonymous customer", async () => {
    expect(await traceOffer(await ctxOf('u-kelvin'), STORY.lateSilent)).toBeNull();
    expect(await traceOffer({ ...(await ctxOf('u-alice')), speaker: null }, STORY.lateSilent)).toBeNull();
  });

  test.each([
    ['en', 'has had no scan for 14 days and is 8 days past its expected delivery, so it may be lost. Shall I open a trace ticket for it?', 'Yes, trace it'],
    ['zh', '已有 14 天没有物流更新，已超过预计送达时间 8 天，可能已丢失。需要我为它创建追查工单吗？', '需要，请追查'],
    ['es', 'no tiene ningún escaneo desde hace 14 días y lleva 8 días de retraso sobre la entrega prevista', 'Sí, rastréalo'],
  ])('should offer the trace of a silent late parcel in %s, and wait for the yes', async (locale, said, yes) => {
    const offer = (await traceOffer(await ctxOf('u-alice', locale), STORY.lateSilent))!;
    expect(offer.replies).toHaveLength(1);
    const [reply] = offer.replies;
    if (reply?.type !== 'message') throw new Error('expected a message');
    expect(reply.text).toContain(STORY.lateSilent);
    expect(reply.text).toContain(said);
    expect(reply.choices?.[0]?.label).toBe(yes);
    expect(offer.state).toEqual({ awaiting: 'confirm', confirming: STORY.lateSilent, flow: { intent: 'lost_or_delayed', data: {} } });
  });

  test('should name the trace ticket already open instead of offering another', async () => {
    const open = await store.tickets.create(
      { category: 'lost_delayed', priority: 'high', conversationId: null, accountNumber: '5W8A3K', userId: 'u-alice', trackingNumbers: [STORY.lateSilent], subject: 's', details: {} },
      '2026-03-18T02:00:00.000Z',
    );
    const offer = (await traceOffer(await ctxOf('u-alice'), STORY.lateSilent))!;
    expect(offer.state).toBeUndefined();
    expect(offer.replies.map((r) => (r.type === 'message' ? r.text : r.type))).toEqual([
      `Your trace ticket ${open.number} for ${STORY.lateSilent} is already open, opened on Wed, 18 Mar 2026. Our network team is tracing it and will update you within 24 hours.`,
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS as STORY } from '../../../src/demo/index.ts';
import { damagedPackageFlow, reportDeadline } from '../../../src/dialog/flows/damagedPackage/damagedPackageFlow.ts';
import type { Store } from '../../../src/store/store.ts';
import { demoStore, parcelContext, textOf } from './parcelFlowHarness.ts';

describe('damaged_package flow on the demo parcels', () => {
  let store: Store;
  beforeAll(async () => {
    store = await demoStore(['u-alice', 'u-li']);
  });
  afterAll(async () => {
    await store.close();
  });

  test('should count the 14 days from the local delivery day', () => {
    expect(reportDeadline('2026-03-18T17:30:00.000Z', 'UTC')).toBe('2026-04-01');
    expect(reportDeadline('2026-03-18T17:30:00.000Z', 'Asia/Shanghai')).toBe('2026-04-02');
  });

  test('should count the 14 days from the delivery day at the destination, whatever the customer\'s zone', async () => {
    // Delivered Thu 12 Mar 11:41 in Sydney: still Wed 11 Mar in Los Angeles, where the customer is.
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.delivered, { timeZone: 'America/Los_Angeles', conversationId: 'c-damage-sydney' });
    expect(textOf(await damagedPackageFlow.run(ctx, shipment))).toContain('for this parcel by Thu, 26 Mar 2026');
  });

  test('should open a damage claim for a parcel our hub reported damaged, and ask for photos', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.damaged);
    const text = textOf(await damagedPackageFlow.run(ctx, shipment));
    const number = /damage claim (CA-\d{6})/.exec(text)![1]!;
    expect(text).toContain('Our hub at Cologne, Germany reported the damage');
    expect(text).toContain('Send me photos here of the outer box');
    expect(text).toContain('Keep the box, the packaging and the contents');
    expect(await store.tickets.get(number)).toMatchObject({ category: 'damage', trackingNumbers: [STORY.damaged], details: { photosRequested: true, lateReport: false } });
  });

  test('should keep photos with the claim and refuse a PDF or a file that is too large', async () => {
    const big = await store.media.save({
      channelId: 'wechat', conversationId: null, providerMediaId: 'wx-big', contentType: 'image/jpeg', fileName: null, data: Buffer.alloc(10 * 1024 * 1024 + 1), createdAt: '2026-03-20T09:00:00.000Z',
    });
    const { ctx, shipment } = await parcelContext(store, 'u-li', STORY.londonDelivered, {
      locale: 'zh',
      attachments: [
        { contentType: 'image/jpeg', contentUrl: 'https://example.com/uploads/box.jpg', name: 'box.jpg' },
        { contentType: 'application/pdf', contentUrl: 'https://example.com/uploads/receipt.pdf', name: 'receipt.pdf' },
        { contentType: 'image/jpeg', contentUrl: `media:${big.id}`, name: 'huge.jpg' },
      ],
    });
    const text = textOf(await damagedPackageFlow.run(ctx, shipment));
    const number = /理赔工单 (CA-\d{6})/.exec(text)![1]!;
    expect(text).toContain(`已收到 1 张照片，并已添加到理赔工单 ${number}。`);
    expect(text).toContain('无法接收 receipt.pdf');
    expect(text).toContain('huge.jpg 太大了：每张照片不能超过 10 MB。');
    expect(text).toContain('破损需在签收后 14 天内申报');
    expect((await store.ticketAttachments.listForTicket(number)).map((a) => a.fileName)).toEqual(['box.jpg']);
  });

  test('should still open a claim reported after 14 days, flagged late', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.parisThreeWeeksAgo);
    const text = textOf(await damagedPackageFlow.run(ctx, shipment));
    expect(text).toContain('Damage must be reported within 14 days of delivery (here by');
    const number = /damage claim (CA-\d{6})/.exec(text)![1]!;
    expect((await store.tickets.get(number))!.details.lateReport).toBe(true);
  });

  test('should open nothing for a parcel still on its way', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.torontoYesterday, { conversationId: 'c-damage-none' });
    expect(textOf(await damagedPackageFlow.run(ctx, shipment))).toContain('is still on its way, so there is nothing to claim yet');
    expect(await store.tickets.listForConversation('c-damage-none')).toEqual([]);
  });
});

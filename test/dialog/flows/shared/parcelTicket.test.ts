import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STORY_TRACKING_NUMBERS as STORY } from '../../../../src/demo/index.ts';
import { alreadyOpenText, openParcelTicket, openTicketOn } from '../../../../src/dialog/flows/shared/parcelTicket.ts';
import { lostOrDelayedFlow } from '../../../../src/dialog/flows/lostOrDelayed.ts';
import type { TicketCategory } from '../../../../src/store/records.ts';
import type { Store } from '../../../../src/store/store.ts';
import { demoStore, NOW, parcelContext, textOf } from '../parcelFlowHarness.ts';

const build = () => ({ priority: 'normal' as const, subject: 's', details: { first: true } });

describe('one open ticket per parcel and category', () => {
  let store: Store;
  beforeAll(async () => {
    store = await demoStore(['u-alice', 'u-li']);
  });
  afterAll(async () => {
    await store.close();
  });

  test.each<[TicketCategory, string]>([
    ['lost_delayed', STORY.londonInTransit],
    ['damage', STORY.damaged],
    ['customs', STORY.customsHeld],
    ['delivery_change', STORY.torontoYesterday],
    ['complaint', STORY.shanghaiToNewYork],
  ])('should add a second %s request about a parcel, from another conversation, to the open ticket', async (category, parcel) => {
    const first = await parcelContext(store, 'u-alice', parcel, { text: 'first message' });
    const opened = await openParcelTicket(first.ctx, first.shipment, category, build);
    expect(opened).toMatchObject({ existing: false, added: false });

    const again = await parcelContext(store, 'u-li', parcel, { text: '  still nothing, please check again ' });
    const second = await openParcelTicket(again.ctx, again.shipment, category, build);
    expect(second).toMatchObject({ existing: true, added: true });
    expect(second.ticket.number).toBe(opened.ticket.number);
    expect(second.ticket.details).toEqual({ first: true, customerMessages: [{ text: 'still nothing, please check again', conversationId: again.ctx.conversation.id, at: NOW }] });
    expect((await store.tickets.openForAccount(first.shipment.accountNumber, category)).filter((t) => t.trackingNumbers.includes(parcel))).toHaveLength(1);
    expect(await openTicketOn(store, first.shipment, category)).toEqual(second.ticket);
  });

  test('should open separate tickets for another category or another parcel', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.parisThreeWeeksAgo, { text: 'x' });
    const trace = await openParcelTicket(ctx, shipment, 'lost_delayed', build);
    const damage = await openParcelTicket(ctx, shipment, 'damage', build);
    const other = await parcelContext(store, 'u-alice', STORY.londonDelivered, { text: 'x' });
    const otherTrace = await openParcelTicket(other.ctx, other.shipment, 'lost_delayed', build);
    expect(new Set([trace.ticket.number, damage.ticket.number, otherTrace.ticket.number]).size).toBe(3);
    expect([trace.existing, damage.existing, otherTrace.existing]).toEqual([false, false, false]);
  });

  test('should open one ticket when two messages about the parcel are answered at once, and keep the later one on it', async () => {
    const a = await parcelContext(store, 'u-alice', STORY.torontoYesterday, { text: 'where is it?' });
    const b = await parcelContext(store, 'u-li', STORY.torontoYesterday, { text: 'any news on this one?' });
    const both = await Promise.all([openParcelTicket(a.ctx, a.shipment, 'lost_delayed', build), openParcelTicket(b.ctx, b.shipment, 'lost_delayed', build)]);
    expect(both[0].ticket.number).toBe(both[1].ticket.number);
    expect(both.map((r) => r.existing).sort()).toEqual([false, true]);
    const open = (await store.tickets.openForAccount(a.shipment.accountNumber, 'lost_delayed')).filter((t) => t.trackingNumbers.includes(STORY.torontoYesterday));
    expect(open).toHaveLength(1);
    expect(open[0]!.details.customerMessages).toHaveLength(1);
  });

  test('should name the open ticket without adding anything when the message has no text (a file alone)', async () => {
    const { ctx, shipment } = await parcelContext(store, 'u-alice', STORY.shenzhenToBeijingLastWednesday, { text: 'x' });
    const opened = await openParcelTicket(ctx, shipment, 'customs', build);
    const again = await openParcelTicket({ ...ctx, text: '' }, shipment, 'customs', build);
    expect(again).toMatchObject({ existing: true, added: false });
    expect(again.ticket.details).toEqual({ first: true });
    expect(again.ticket.number).toBe(opened.ticket.number);
  });

  test.each([
    ['en', 'UTC', true, 'Your trace ticket CA-000042 for 1ZX is already open, opened on Thu, 19 Mar 2026; I\'ve added your message to it.'],
    ['en', 'UTC', false, 'Your trace ticket CA-000042 for 1ZX is already open, opened on Thu, 19 Mar 2026.'],
    // 20:00 UTC is already the next day in Shanghai: the day is the customer's.
    ['zh', 'Asia/Shanghai', true, '包裹 1ZX 的追查工单 CA-000042 已在处理中（2026年3月20日周五创建），我已把您的留言补充到这张工单里。'],
    ['es', 'UTC', true, 'Tu incidencia de rastreo CA-000042 para 1ZX ya está abierta desde el jue, 19 mar 2026; he añadido tu mensaje.'],
  ] as const)('should say in %s (%s, message added: %s) which ticket is open and since when', (locale, zone, added, expected) => {
    const ticket = { number: 'CA-000042', category: 'lost_delayed', state: 'new', createdAt: '2026-03-19T20:00:00.000Z' } as Parameters<typeof alreadyOpenText>[0];
    expect(alreadyOpenText(ticket, '1ZX', added, locale, zone)).toBe(expected);
  });

  test.each([
    ['en', 'UTC', "Your trace ticket CA-000042 for 1ZX is with one of our agents, opened on Thu, 19 Mar 2026; I've added your message to it."],
    ['zh', 'Asia/Shanghai', '包裹 1ZX 的追查工单 CA-000042 已由客服专员跟进（2026年3月20日周五创建），我已把您的留言补充到这张工单里。'],
    ['es', 'UTC', 'Tu incidencia de rastreo CA-000042 para 1ZX la lleva uno de nuestros agentes desde el jue, 19 mar 2026; he añadido tu mensaje.'],
  ] as const)('should say in %s that a ticket an agent took is with them', (locale, zone, expected) => {
    const ticket = { number: 'CA-000042', category: 'lost_delayed', state: 'open', createdAt: '2026-03-19T20:00:00.000Z' } as Parameters<typeof alreadyOpenText>[0];
    expect(alreadyOpenText(ticket, '1ZX', true, locale, zone)).toBe(expected);
  });

  test('lost_or_delayed should point a second report, in another conversation, to the trace already open and keep the message', async () => {
    const first = await parcelContext(store, 'u-alice', STORY.lateSilent, { text: 'my parcel to Chicago never arrived' });
    const opened = /exception ticket (CA-\d{6})/.exec(textOf(await lostOrDelayedFlow.run(first.ctx, first.shipment)))![1]!;
    const again = await parcelContext(store, 'u-li', STORY.lateSilent, { text: '帮我追查一下这个包裹', locale: 'zh' });
    const said = textOf(await lostOrDelayedFlow.run(again.ctx, again.shipment));
    expect(said).toContain(`包裹 ${STORY.lateSilent} 的追查工单 ${opened} 已在处理中`);
    expect(said).toContain('我已把您的留言补充到这张工单里');
    const open = (await store.tickets.openForAccount(first.shipment.accountNumber, 'lost_delayed')).filter((t) => t.trackingNumbers.includes(STORY.lateSilent));
    expect(open.map((t) => t.number)).toEqual([opened]);
    expect(open[0]!.details.customerMessages).toEqual([{ text: '帮我追查一下这个包裹', conversationId: again.ctx.conversation.id, at: NOW }]);
  });

  test('lost_or_delayed should name the trace already open on a parcel marked delivered instead of asking again', async () => {
    const first = await parcelContext(store, 'u-alice', STORY.delivered, { text: 'it never arrived' });
    expect((await lostOrDelayedFlow.run(first.ctx, first.shipment)).awaitConfirmation).toBe(true);
    const opened = /exception ticket (CA-\d{6})/.exec(textOf(await lostOrDelayedFlow.run({ ...first.ctx, confirmed: true }, first.shipment)))![1]!;
    const again = await parcelContext(store, 'u-alice', STORY.delivered, { text: 'the recipient still has nothing' });
    const result = await lostOrDelayedFlow.run(again.ctx, again.shipment);
    expect(result.awaitConfirmation).toBeUndefined();
    expect(textOf(result)).toContain(`Your trace ticket ${opened} for ${STORY.delivered} is already open`);
  });
});

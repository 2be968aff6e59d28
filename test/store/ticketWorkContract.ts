/**
 * Tickets as the agents' work (issue 20), the store's part: a ticket's queue from its category and
 * account, changes by compare-and-set with one timeline line each, and the console's search by every
 * key and filter. describeStoreContract runs it for every Store implementation.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NewTicket } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';
import type { TicketChange } from '../../src/store/ticketRecords.ts';
import { AT, conversation, ticket, tinyDataset } from './storeContract.ts';

const LATER = '2026-03-20T10:00:00.000Z';

const newTicket = (patch: Partial<NewTicket> = {}): NewTicket => ticket({ details: {}, ...patch });

const take = (agent: string): TicketChange => ({
  from: ['new'],
  to: 'open',
  set: { assignee: agent },
  event: { at: LATER, actor: `agent:${agent}`, kind: 'assigned', detail: { to: agent } },
});

export function describeTicketWorkContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: tickets as work`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      await store.importDataset(tinyDataset());
    });
    afterEach(async () => {
      await store.close();
    });

    test.each([
      ['customs', 'A1B2C3', 'customs'],
      ['billing_dispute', 'A1B2C3', 'billing'],
      ['damage', 'A1B2C3', 'support'],
      ['customs', 'Z9Y8X7', 'vip'],
      ['general', null, 'support'],
    ] as const)('should put a new %s ticket of account %s in the %s queue', async (category, accountNumber, queue) => {
      const t = await store.tickets.create(newTicket({ category, accountNumber }), AT);
      expect(t).toMatchObject({ state: 'new', queue, assignee: null, firstResponseAt: null });
    });

    test('should keep the queue its opener names', async () => {
      expect((await store.tickets.create(newTicket({ category: 'customs', queue: 'support' }), AT)).queue).toBe('support');
    });

    test('should change a ticket only from the states named, with one timeline line per change', async () => {
      const t = await store.tickets.create(newTicket(), AT);
      const taken = await store.tickets.change(t.number, take('a-1'));
      expect(taken).toMatchObject({ state: 'open', assignee: 'a-1', updatedAt: LATER });
      // Taken already: the same change again finds it open, and changes nothing.
      expect(await store.tickets.change(t.number, take('a-2'))).toBeNull();
      const resolved = await store.tickets.change(t.number, {
        from: ['open'],
        to: 'resolved',
        set: { queue: 'billing', priority: 'high', firstResponseAt: LATER },
        event: { at: LATER, actor: 'agent:a-1', kind: 'state', detail: { reason: 'refunded' } },
      });
      expect(resolved).toMatchObject({ state: 'resolved', assignee: 'a-1', queue: 'billing', priority: 'high', firstResponseAt: LATER });
      expect(await store.tickets.change('CA-999999', take('a-1'))).toBeNull();
      expect(await store.tickets.events(t.number)).toEqual([
        { id: expect.any(Number), ticketNumber: t.number, at: LATER, actor: 'agent:a-1', kind: 'assigned', from: 'new', to: 'open', detail: { to: 'a-1' } },
        { id: expect.any(Number), ticketNumber: t.number, at: LATER, actor: 'agent:a-1', kind: 'state', from: 'open', to: 'resolved', detail: { reason: 'refunded' } },
      ]);
    });

    test('should let exactly one of two agents taking a ticket at once have it', async () => {
      const t = await store.tickets.create(newTicket(), AT);
      const results = await Promise.all(['a-1', 'a-2', 'a-3'].map((a) => store.tickets.change(t.number, take(a))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.tickets.events(t.number)).toHaveLength(1);
    });

    test('should keep one open ticket per parcel while it waits on the customer, and allow a new one once resolved', async () => {
      const parcel = newTicket({ category: 'customs', trackingNumbers: ['1Z1'] });
      const first = (await store.tickets.openOnParcel(parcel, null, AT)).ticket;
      await store.tickets.change(first.number, { from: ['new'], to: 'waiting_on_customer', event: { at: LATER, actor: 'agent:a-1', kind: 'request', detail: {} } });
      expect(await store.tickets.openOnParcel(parcel, null, LATER)).toMatchObject({ existing: true, ticket: { number: first.number, state: 'waiting_on_customer' } });
      expect((await store.tickets.openForAccount('A1B2C3', 'customs')).map((t) => t.number)).toEqual([first.number]);
      await store.tickets.change(first.number, { from: ['waiting_on_customer'], to: 'resolved', event: { at: LATER, actor: 'agent:a-1', kind: 'state', detail: {} } });
      expect(await store.tickets.openOnParcel(parcel, null, LATER)).toMatchObject({ existing: false });
    });

    test("should put a handoff's change of the ticket on the ticket's timeline, and nothing when it changes nothing", async () => {
      await store.conversations.ensure(conversation('c-h'), AT);
      const t = await store.tickets.create(newTicket({ conversationId: 'c-h' }), AT);
      const h = await store.handoffs.create(
        { ticketNumber: t.number, conversationId: 'c-h', channelId: 'test', language: 'en', queue: 'support', priority: 'normal', rank: 5, state: 'queued', firstResponseDue: LATER, resolutionDue: LATER, context: {} },
        { actor: 'bot', at: AT },
        'agent',
      );
      await store.handoffs.transition(h.id, { from: ['queued'], to: 'assigned', actor: 'agent:a-1', at: LATER, ticket: { state: 'open', assignee: 'a-1' } });
      await store.handoffs.transition(h.id, { from: ['assigned'], to: 'active', actor: 'agent:a-1', at: LATER, ticket: { state: 'open', assignee: 'a-1' } });
      await store.handoffs.transition(h.id, { from: ['active'], to: 'resolved', actor: 'agent:a-1', at: LATER, ticket: { state: 'resolved', assignee: 'a-1' } });
      expect((await store.tickets.events(t.number)).map(({ kind, from, to, actor, detail }) => ({ kind, from, to, actor, detail }))).toEqual([
        { kind: 'state', from: 'new', to: 'open', actor: 'agent:a-1', detail: { handoff: h.id, move: 'assigned', to: 'a-1', previous: null } },
        { kind: 'state', from: 'open', to: 'resolved', actor: 'agent:a-1', detail: { handoff: h.id, move: 'resolved' } },
      ]);
    });

    describe('search', () => {
      let numbers: string[];
      beforeEach(async () => {
        await store.conversations.ensure({ ...conversation('c-web'), channelId: 'webchat', locale: 'zh-CN' }, AT);
        await store.conversations.ensure({ ...conversation('c-wa'), channelId: 'whatsapp', locale: 'es' }, AT);
        const a = await store.tickets.create(newTicket({ category: 'customs', trackingNumbers: ['1ZTEST01660000001'], conversationId: 'c-web' }), AT);
        const b = await store.tickets.create(newTicket({ category: 'billing_dispute', accountNumber: 'Z9Y8X7', userId: 'u-2', priority: 'high', conversationId: 'c-wa' }), AT);
        const c = await store.tickets.create(newTicket({ accountNumber: null, userId: null }), AT);
        await store.tickets.change(b.number, take('a-1'));
        numbers = [a.number, b.number, c.number];
      });
      const found = async (query: Parameters<Store['tickets']['search']>[0]) => (await store.tickets.search(query)).map((t) => t.number);

      test.each([
        ['its ticket number', (n: string[]) => n[0]!.toLowerCase(), [0]],
        ['a tracking number', () => '1ztest01660000001', [0]],
        ['a customer name', () => 'ann', [1]],
        ['an e-mail whatever its case', () => 'LI@example.cn', [0]],
        ['a phone number as written', () => '+1 555-0100', [1]],
        ['an account number', () => 'z9y8x7', [1]],
      ] as const)('should find a ticket by %s', async (_key, text, expected) => {
        expect(await found({ text: text(numbers) })).toEqual(expected.map((i) => numbers[i]));
      });

      test('should find nothing for a key no ticket has', async () => {
        expect(await found({ text: 'nobody@example.org' })).toEqual([]);
        expect(await found({ text: 'CA-999999' })).toEqual([]);
      });

      test.each([
        ['queue', { queues: ['vip'] }, [1]],
        ['state', { states: ['new'] }, [2, 0]],
        ['priority', { priorities: ['high'] }, [1]],
        ['owner', { assignee: 'a-1' }, [1]],
        ['channel', { channel: 'webchat' }, [0]],
        ['language', { language: 'zh' }, [0]],
        ['account', { accountNumbers: ['A1B2C3'] }, [0]],
        ['nothing: every ticket, newest first', {}, [2, 1, 0]],
      ] as const)('should filter by %s', async (_filter, query, expected) => {
        expect(await found(query)).toEqual(expected.map((i) => numbers[i]));
      });
    });
  });
}

/**
 * The human handoff's part of the store contract (issue 8): handoffs move only by compare-and-set
 * with an audit line per move, the conversation's owner and the ticket change with them, concurrent
 * claims leave one owner, and agents, sessions and notes round-trip. Run for every Store.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NewHandoff } from '../../src/store/handoffRecords.ts';
import type { Store } from '../../src/store/store.ts';
import { AT, conversation, tinyDataset } from './storeContract.ts';

const LATER = '2026-03-20T09:05:00.000Z';

const newHandoff = (ticketNumber: string, conversationId: string, patch: Partial<NewHandoff> = {}): NewHandoff => ({
  ticketNumber,
  conversationId,
  channelId: 'test',
  language: 'en',
  queue: 'support',
  priority: 'normal',
  rank: 5,
  state: 'requested',
  firstResponseDue: '2026-03-20T11:00:00.000Z',
  resolutionDue: '2026-03-21T09:00:00.000Z',
  context: { who: { name: 'Li Wei' } },
  ...patch,
});

export function describeHandoffContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: handoffs, agents, sessions, notes`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      await store.importDataset(tinyDataset());
    });
    afterEach(async () => {
      await store.close();
    });

    async function handoffFor(conversationId: string, patch: Partial<NewHandoff> = {}) {
      await store.conversations.ensure(conversation(conversationId), AT);
      const ticket = await store.tickets.create(
        { category: 'general', priority: 'normal', conversationId, accountNumber: 'A1B2C3', userId: 'u-1', trackingNumbers: [], subject: 'Person please', details: {} },
        AT,
      );
      return store.handoffs.create(newHandoff(ticket.number, conversationId, patch), { actor: 'bot', at: AT, detail: { reason: 'requested' } }, 'bot');
    }

    test('should create a handoff with its first audit line and find it by conversation and ticket', async () => {
      const h = await handoffFor('c-1');
      expect(h).toMatchObject({ state: 'requested', assignee: null, queuedAt: null, context: { who: { name: 'Li Wei' } }, requestedAt: AT, noticedPosition: null });
      expect(await store.handoffs.latestForConversation('c-1')).toEqual(h);
      expect(await store.handoffs.byTicket(h.ticketNumber)).toEqual(h);
      expect(await store.handoffs.events(h.id)).toEqual([{ handoffId: h.id, seq: 0, at: AT, from: null, to: 'requested', actor: 'bot', detail: { reason: 'requested' } }]);
    });

    test('should move by compare-and-set, changing the owner and the ticket in the same step', async () => {
      const h = await handoffFor('c-1');
      const queued = await store.handoffs.transition(h.id, { from: ['requested'], to: 'queued', actor: 'bot', at: AT, set: { queuedAt: AT }, owner: 'agent' });
      expect(queued).toMatchObject({ state: 'queued', queuedAt: AT });
      expect((await store.conversations.get('c-1'))!.owner).toBe('agent');
      const claimed = await store.handoffs.transition(h.id, {
        from: ['queued'],
        to: 'assigned',
        actor: 'agent:a-1',
        at: LATER,
        set: { assignee: 'a-1', assignedAt: LATER },
        ticket: { state: 'open', assignee: 'a-1' },
      });
      expect(claimed).toMatchObject({ state: 'assigned', assignee: 'a-1', assignedAt: LATER, updatedAt: LATER });
      expect(await store.tickets.get(h.ticketNumber)).toMatchObject({ state: 'open', assignee: 'a-1' });
      // A second claim finds it no longer queued.
      expect(await store.handoffs.transition(h.id, { from: ['queued'], to: 'assigned', actor: 'agent:a-2', at: LATER, set: { assignee: 'a-2' } })).toBeNull();
      // Only the holder may resolve when heldBy says so.
      expect(await store.handoffs.transition(h.id, { from: ['assigned'], to: 'resolved', actor: 'agent:a-2', at: LATER, heldBy: 'a-2' })).toBeNull();
      const resolved = await store.handoffs.transition(h.id, {
        from: ['assigned', 'active'],
        to: 'resolved',
        actor: 'agent:a-1',
        at: LATER,
        heldBy: 'a-1',
        set: { endedAt: LATER, resolution: 'answered' },
        owner: 'bot',
        ticket: { state: 'resolved', assignee: 'a-1' },
      });
      expect(resolved).toMatchObject({ state: 'resolved', resolution: 'answered', endedAt: LATER });
      expect((await store.conversations.get('c-1'))!.owner).toBe('bot');
      await store.handoffs.log(h.id, { actor: 'agent:a-1', at: LATER, state: 'resolved', detail: { note: true } });
      const trail = await store.handoffs.events(h.id);
      expect(trail.map((e) => [e.seq, e.from, e.to, e.actor])).toEqual([
        [0, null, 'requested', 'bot'],
        [1, 'requested', 'queued', 'bot'],
        [2, 'queued', 'assigned', 'agent:a-1'],
        [3, 'assigned', 'resolved', 'agent:a-1'],
        [4, 'resolved', 'resolved', 'agent:a-1'],
      ]);
      expect(await store.handoffs.recentlyHandled(5)).toEqual([resolved]);
    });

    test('should list by state and remember the position a customer was told', async () => {
      const a = await handoffFor('c-1', { state: 'queued' });
      const b = await handoffFor('c-2', { state: 'queued' });
      await handoffFor('c-3');
      expect(a.queuedAt).toBe(AT);
      expect((await store.handoffs.listByState(['queued'])).map((h) => h.id)).toEqual([a.id, b.id]);
      await store.handoffs.noticed(b.id, 2, LATER);
      expect(await store.handoffs.get(b.id)).toMatchObject({ noticedPosition: 2, noticedAt: LATER });
      expect(await store.handoffs.listByState([])).toEqual([]);
    });

    test('should give each of 100 handoffs exactly one owner when 20 agents claim them all at once', async () => {
      const ids: number[] = [];
      for (let i = 0; i < 100; i++) ids.push((await handoffFor(`c-${i}`, { state: 'queued' })).id);
      const agents = Array.from({ length: 20 }, (_, k) => `a-${k}`);
      const wins = new Map<number, string[]>();
      await Promise.all(
        agents.map(async (agent, k) => {
          // Each agent walks the queue from a different place, so claims collide everywhere.
          for (let j = 0; j < ids.length; j++) {
            const id = ids[(j + k * 5) % ids.length]!;
            const won = await store.handoffs.transition(id, { from: ['queued'], to: 'assigned', actor: `agent:${agent}`, at: LATER, set: { assignee: agent, assignedAt: LATER } });
            if (won) wins.set(id, [...(wins.get(id) ?? []), agent]);
          }
        }),
      );
      expect([...wins.values()].every((w) => w.length === 1)).toBe(true);
      expect(wins.size).toBe(100);
      for (const id of ids) {
        const h = (await store.handoffs.get(id))!;
        expect(h.assignee).toBe(wins.get(id)![0]);
        expect((await store.handoffs.events(id)).filter((e) => e.to === 'assigned')).toHaveLength(1);
      }
    });

    test('should keep agents, sessions and ticket notes', async () => {
      const agent = await store.agents.create({ id: 'a-1', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support', 'customs'], passwordHash: 'scrypt$x' }, AT);
      expect(agent).toEqual({ id: 'a-1', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support', 'customs'], passwordHash: 'scrypt$x', createdAt: AT });
      expect(await store.agents.byUsername('ana')).toEqual(agent);
      expect(await store.agents.byUsername('nobody')).toBeNull();
      await expect(store.agents.create({ ...agent, id: 'a-2' }, AT)).rejects.toThrow();
      expect((await store.agents.list()).map((a) => a.id)).toEqual(['a-1']);

      await store.agentSessions.create({ idHash: 'h1', agentId: 'a-1', csrfToken: 'csrf', createdAt: AT, expiresAt: '2026-03-20T17:00:00.000Z' });
      await store.agentSessions.create({ idHash: 'h2', agentId: 'a-1', csrfToken: 'csrf2', createdAt: AT, expiresAt: '2026-03-20T08:00:00.000Z' });
      expect(await store.agentSessions.get('h1')).toMatchObject({ agentId: 'a-1', csrfToken: 'csrf' });
      expect(await store.agentSessions.deleteExpired(AT)).toBe(1);
      expect(await store.agentSessions.get('h2')).toBeNull();
      await store.agentSessions.delete('h1');
      expect(await store.agentSessions.get('h1')).toBeNull();

      const h = await handoffFor('c-1');
      const note = await store.ticketNotes.add({ ticketNumber: h.ticketNumber, agentId: 'a-1', text: 'Called the depot' }, LATER);
      expect(note).toMatchObject({ ticketNumber: h.ticketNumber, agentId: 'a-1', text: 'Called the depot', createdAt: LATER });
      expect(await store.ticketNotes.list(h.ticketNumber)).toEqual([note]);
    });

    test('should keep who is at work per instance and forget what is not refreshed', async () => {
      for (const id of ['a-1', 'a-2']) await store.agents.create({ id, username: id, displayName: id, role: 'agent', queues: ['support'], passwordHash: 'x' }, AT);
      await store.agentPresence.beat('a-1', 'i-1', AT);
      await store.agentPresence.beat('a-1', 'i-2', AT);
      await store.agentPresence.beat('a-2', 'i-1', '2026-03-20T08:00:00.000Z');
      expect(await store.agentPresence.seenSince('2026-03-20T08:59:00.000Z')).toEqual(['a-1']);
      expect(await store.agentPresence.seenSince('2026-03-20T07:00:00.000Z')).toEqual(['a-1', 'a-2']);
      // A refresh moves the time; leaving on one instance keeps the agent at work on the other.
      await store.agentPresence.beat('a-2', 'i-1', LATER);
      await store.agentPresence.leave('a-1', 'i-1');
      expect(await store.agentPresence.seenSince(AT)).toEqual(['a-1', 'a-2']);
      await store.agentPresence.leave('a-1', 'i-2');
      expect(await store.agentPresence.seenSince(AT)).toEqual(['a-2']);
    });

    test('should delete the presence rows of an instance that stopped refreshing them (killed)', async () => {
      for (const id of ['a-1', 'a-2']) await store.agents.create({ id, username: id, displayName: id, role: 'agent', queues: ['support'], passwordHash: 'x' }, AT);
      await store.agentPresence.beat('a-1', 'killed', '2026-03-20T08:00:00.000Z');
      await store.agentPresence.beat('a-2', 'killed', '2026-03-20T08:00:00.000Z');
      await store.agentPresence.beat('a-1', 'alive', AT);
      expect(await store.agentPresence.expire('2026-03-20T08:30:00.000Z')).toBe(2);
      expect(await store.agentPresence.expire('2026-03-20T08:30:00.000Z')).toBe(0);
      expect(await store.agentPresence.seenSince('2026-03-20T07:00:00.000Z')).toEqual(['a-1']);
    });

    test('should count failed sign-ins per key within a window, and clear them', async () => {
      await store.signInFailures.record('1.2.3.4|ana', '2026-03-20T08:00:00.000Z');
      await store.signInFailures.record('1.2.3.4|ana', AT);
      await store.signInFailures.record('1.2.3.4|ana', LATER);
      await store.signInFailures.record('5.6.7.8|bo', LATER);
      expect(await store.signInFailures.count('1.2.3.4|ana', AT)).toBe(2);
      expect(await store.signInFailures.count('1.2.3.4|ana', '2026-03-20T07:00:00.000Z')).toBe(3);
      await store.signInFailures.clear('1.2.3.4|ana', AT);
      expect(await store.signInFailures.count('1.2.3.4|ana', '2026-03-20T07:00:00.000Z')).toBe(0);
      expect(await store.signInFailures.count('5.6.7.8|bo', AT)).toBe(1);
    });

    test('should find an account\'s open tickets of a category', async () => {
      const open = await store.tickets.create(
        { category: 'billing_dispute', priority: 'normal', conversationId: null, accountNumber: 'A1B2C3', userId: 'u-1', trackingNumbers: [], subject: 'Dispute', details: {} },
        AT,
      );
      expect((await store.tickets.openForAccount('A1B2C3', 'billing_dispute')).map((t) => t.number)).toEqual([open.number]);
      expect(await store.tickets.openForAccount('Z9Y8X7', 'billing_dispute')).toEqual([]);
      expect(await store.tickets.openForAccount('A1B2C3', 'customs')).toEqual([]);
    });

    test("should add customers' messages to an open ticket, in order, keeping its details", async () => {
      const t = await store.tickets.create(
        { category: 'lost_delayed', priority: 'normal', conversationId: null, accountNumber: 'A1B2C3', userId: 'u-1', trackingNumbers: ['1Z1'], subject: 'Trace', details: { kept: 1 } },
        AT,
      );
      const first = { text: 'still nothing?', conversationId: null, at: '2026-03-20T10:00:00.000Z' };
      const second = { text: '还没到 ¿nada?', conversationId: null, at: '2026-03-21T10:00:00.000Z' };
      await store.tickets.addCustomerMessage(t.number, first, first.at);
      const now = await store.tickets.addCustomerMessage(t.number, second, second.at);
      expect(now).toMatchObject({ number: t.number, updatedAt: second.at, createdAt: AT });
      expect(now?.details).toEqual({ kept: 1, customerMessages: [first, second] });
      expect(await store.tickets.get(t.number)).toEqual(now);
      expect(await store.tickets.addCustomerMessage('CA-999999', first, first.at)).toBeNull();
    });

    describe('one open ticket per parcel and category', () => {
      const parcelTicket = (category: 'customs' | 'lost_delayed', trackingNumber = '1Z1') => ({
        category,
        priority: 'normal' as const,
        conversationId: null,
        accountNumber: 'A1B2C3',
        userId: 'u-1',
        trackingNumbers: [trackingNumber],
        subject: `${category} ${trackingNumber}`,
        details: {},
      });
      const again = { text: 'any news?', conversationId: 'c-2', at: LATER };

      test('should add to the open ticket of the parcel and category instead of opening a second', async () => {
        const first = await store.tickets.openOnParcel(parcelTicket('customs'), null, AT);
        expect(first).toMatchObject({ existing: false, ticket: { state: 'new', queue: 'customs', trackingNumbers: ['1Z1'] } });
        const second = await store.tickets.openOnParcel(parcelTicket('customs'), again, LATER);
        expect(second).toMatchObject({ existing: true, ticket: { number: first.ticket.number, updatedAt: LATER, details: { customerMessages: [again] } } });
        expect(await store.tickets.openForAccount('A1B2C3', 'customs')).toHaveLength(1);
      });

      test('should open a new ticket for another category, another parcel, or when the open one was resolved', async () => {
        const customs = (await store.tickets.openOnParcel(parcelTicket('customs'), null, AT)).ticket;
        const trace = await store.tickets.openOnParcel(parcelTicket('lost_delayed'), again, AT);
        const other = await store.tickets.openOnParcel(parcelTicket('customs', '1Z2'), again, AT);
        expect([trace.existing, other.existing]).toEqual([false, false]);
        expect(new Set([customs.number, trace.ticket.number, other.ticket.number]).size).toBe(3);

        await store.conversations.ensure(conversation('c-1'), AT);
        const h = await store.handoffs.create(newHandoff(customs.number, 'c-1'), { actor: 'bot', at: AT }, 'bot');
        await store.handoffs.transition(h.id, { from: ['requested'], to: 'resolved', actor: 'agent:a-1', at: LATER, ticket: { state: 'resolved', assignee: 'a-1' } });
        const reopened = await store.tickets.openOnParcel(parcelTicket('customs'), again, LATER);
        expect(reopened.existing).toBe(false);
        expect(reopened.ticket.number).not.toBe(customs.number);
      });

      test('should open one ticket when two messages about the parcel come at once', async () => {
        const both = await Promise.all([1, 2, 3].map((i) => store.tickets.openOnParcel(parcelTicket('customs'), { ...again, text: `message ${i}` }, LATER)));
        expect(new Set(both.map((r) => r.ticket.number)).size).toBe(1);
        expect(both.filter((r) => !r.existing)).toHaveLength(1);
        const [open] = await store.tickets.openForAccount('A1B2C3', 'customs');
        expect(open!.details.customerMessages).toHaveLength(2);
      });

      test('should refuse a parcel ticket that names no parcel or several', async () => {
        await expect(store.tickets.openOnParcel({ ...parcelTicket('customs'), trackingNumbers: ['1Z1', '1Z2'] }, null, AT)).rejects.toThrow(/exactly one parcel/);
      });
    });
  });
}

/**
 * Satisfaction surveys in the store contract (issue 20): asked once per handoff, the open one found
 * by conversation, a rating then a comment (or nothing) closing it, nothing written to a closed one,
 * and the rated ones listed by when they were rated. Run for every Store.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NewSatisfactionSurvey } from '../../src/store/satisfactionRecords.ts';
import type { Store } from '../../src/store/store.ts';
import { AT, conversation, tinyDataset } from './storeContract.ts';

const LATER = '2026-03-20T09:05:00.000Z';
const MUCH_LATER = '2026-03-21T09:00:00.000Z';

export function describeSatisfactionContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: satisfaction surveys`, () => {
    let store: Store;
    let survey: NewSatisfactionSurvey;
    beforeEach(async () => {
      store = await openEmpty();
      await store.importDataset(tinyDataset());
      await store.agents.create({ id: 'a-1', username: 'ana', displayName: 'Ana', role: 'agent', queues: ['support'], passwordHash: 'x' }, AT);
      for (const id of ['c-1', 'c-2']) await store.conversations.ensure(conversation(id), AT);
      const ticket = await store.tickets.create(
        { category: 'general', priority: 'normal', conversationId: 'c-1', accountNumber: null, userId: null, trackingNumbers: [], subject: 's', details: {} },
        AT,
      );
      survey = { conversationId: 'c-1', ticketNumber: ticket.number, handoffId: 7, agentId: 'a-1', channelId: 'test', language: 'zh' };
    });
    afterEach(async () => {
      await store.close();
    });

    test('should ask once per handoff and find the open survey by conversation', async () => {
      const asked = await store.satisfaction.ask(survey, AT);
      expect(asked).toEqual({ id: expect.any(Number), ...survey, askedAt: AT, rating: null, ratedAt: null, comment: null, closedAt: null });
      expect(await store.satisfaction.ask(survey, LATER)).toBeNull();
      expect(await store.satisfaction.pending('c-1')).toEqual(asked);
      expect(await store.satisfaction.pending('c-2')).toBeNull();
      // A ticket's survey (no handoff) may be asked again later.
      const ticketOnly = { ...survey, handoffId: null };
      expect(await store.satisfaction.ask(ticketOnly, LATER)).not.toBeNull();
      expect(await store.satisfaction.ask(ticketOnly, LATER)).not.toBeNull();
    });

    test('should keep a rating, then close with a comment, and write nothing more once closed', async () => {
      const { id } = (await store.satisfaction.ask(survey, AT))!;
      expect(await store.satisfaction.rate(id, 5, LATER)).toMatchObject({ rating: 5, ratedAt: LATER, closedAt: null });
      expect(await store.satisfaction.pending('c-1')).toMatchObject({ id, rating: 5 });
      expect(await store.satisfaction.close(id, LATER, '客服很耐心')).toMatchObject({ comment: '客服很耐心', closedAt: LATER });
      expect(await store.satisfaction.pending('c-1')).toBeNull();
      expect(await store.satisfaction.rate(id, 1, MUCH_LATER)).toBeNull();
      expect(await store.satisfaction.close(id, MUCH_LATER, 'changed my mind')).toBeNull();
    });

    test('should close without a comment (the customer went on with something else)', async () => {
      const { id } = (await store.satisfaction.ask(survey, AT))!;
      expect(await store.satisfaction.close(id, LATER)).toMatchObject({ rating: null, comment: null, closedAt: LATER });
    });

    test('should refuse a rating outside 1-5', async () => {
      const { id } = (await store.satisfaction.ask(survey, AT))!;
      await expect(store.satisfaction.rate(id, 6, LATER)).rejects.toThrow();
    });

    test('should list the rated surveys of a span by when they were rated', async () => {
      const first = (await store.satisfaction.ask(survey, AT))!;
      const second = (await store.satisfaction.ask({ ...survey, conversationId: 'c-2', handoffId: 8 }, AT))!;
      await store.satisfaction.ask({ ...survey, handoffId: 9 }, AT);
      await store.satisfaction.rate(second.id, 2, LATER);
      await store.satisfaction.rate(first.id, 4, MUCH_LATER);
      expect((await store.satisfaction.ratedBetween(AT, MUCH_LATER)).map((s) => [s.id, s.rating])).toEqual([[second.id, 2]]);
      expect((await store.satisfaction.ratedBetween(AT, '2026-03-22T00:00:00.000Z')).map((s) => s.id)).toEqual([second.id, first.id]);
    });
  });
}

/**
 * Chat subscriptions and proactive alerts in the store contract (issue 21): an asked subscription
 * takes over a default and is never lowered by one, stop ends one parcel's or all, a stopped one is
 * not restarted by a default; an alert is written once per (scan, conversation), found when due and
 * taken by exactly one sender. Run for every Store.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { AT, conversation } from './storeContract.ts';

const LATER = '2026-03-20T10:00:00.000Z';
const MUCH_LATER = '2026-03-21T07:00:00.000Z';
const P1 = '1ZTEST010000000001';
const P2 = '1ZTEST010000000002';

export function describeSubscriptionContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: parcel subscriptions and alerts`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      for (const id of ['c-1', 'c-2']) await store.conversations.ensure(conversation(id), AT);
    });
    afterEach(async () => {
      await store.close();
    });

    test('should let an asked subscription take over a default, and never lower it with a default', async () => {
      expect(await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'exceptions', source: 'default' }, AT)).toEqual({
        conversationId: 'c-1',
        trackingNumber: P1,
        kind: 'exceptions',
        source: 'default',
        createdAt: AT,
        stoppedAt: null,
      });
      expect(await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'all', source: 'asked' }, LATER)).toMatchObject({ kind: 'all', source: 'asked', createdAt: AT });
      expect(await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'exceptions', source: 'default' }, LATER)).toMatchObject({ kind: 'all', source: 'asked' });
      // Asked again for exceptions only: a running "all" stays all.
      expect(await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'exceptions', source: 'asked' }, LATER)).toMatchObject({ kind: 'all' });
    });

    test('should stop one parcel or all, keep a stopped one stopped against a default, and restart it when asked', async () => {
      await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'all', source: 'asked' }, AT);
      await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P2, kind: 'exceptions', source: 'default' }, AT);
      await store.subscriptions.subscribe({ conversationId: 'c-2', trackingNumber: P1, kind: 'exceptions', source: 'default' }, AT);
      expect(await store.subscriptions.stop('c-1', P2, LATER)).toEqual([P2]);
      expect(await store.subscriptions.stop('c-1', P2, LATER)).toEqual([]);
      expect((await store.subscriptions.ofParcel(P1)).map((s) => s.conversationId)).toEqual(['c-1', 'c-2']);
      expect(await store.subscriptions.stop('c-1', null, LATER)).toEqual([P1]);
      expect(await store.subscriptions.ofParcel(P1)).toMatchObject([{ conversationId: 'c-2' }]);
      expect(await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'exceptions', source: 'default' }, MUCH_LATER)).toMatchObject({ stoppedAt: LATER });
      expect(await store.subscriptions.subscribe({ conversationId: 'c-1', trackingNumber: P1, kind: 'exceptions', source: 'asked' }, MUCH_LATER)).toEqual({
        conversationId: 'c-1',
        trackingNumber: P1,
        kind: 'exceptions',
        source: 'asked',
        createdAt: MUCH_LATER,
        stoppedAt: null,
      });
      expect((await store.subscriptions.ofConversation('c-1')).map((s) => [s.trackingNumber, s.stoppedAt])).toEqual([
        [P2, LATER],
        [P1, null],
      ]);
      expect(await store.subscriptions.get('c-2', P2)).toBeNull();
    });

    test('should write an alert once per scan and conversation, find it when due, and let one sender take it', async () => {
      const alert = { eventKey: `${P1}|scan-1`, conversationId: 'c-1', trackingNumber: P1, exception: null, dueAt: MUCH_LATER, detail: { to: 'in_transit' } };
      const added = await store.parcelAlerts.add(alert, AT);
      expect(added).toEqual({ id: expect.any(Number), ...alert, state: 'due', createdAt: AT, sentAt: null, error: null });
      expect(await store.parcelAlerts.add(alert, LATER)).toBeNull();
      const other = await store.parcelAlerts.add({ ...alert, conversationId: 'c-2', exception: 'customs_hold', dueAt: AT }, AT);
      expect((await store.parcelAlerts.due(LATER, 10)).map((a) => a.id)).toEqual([other!.id]);
      expect((await store.parcelAlerts.due(MUCH_LATER, 10)).map((a) => a.id)).toEqual([other!.id, added!.id]);
      expect(await store.parcelAlerts.take(added!.id, MUCH_LATER)).toBe(true);
      expect(await store.parcelAlerts.take(added!.id, MUCH_LATER)).toBe(false);
      await store.parcelAlerts.take(other!.id, LATER);
      await store.parcelAlerts.fail(other!.id, 'no channel');
      expect(await store.parcelAlerts.due(MUCH_LATER, 10)).toEqual([]);
      expect((await store.parcelAlerts.list(10)).map((a) => [a.conversationId, a.state, a.sentAt, a.error])).toEqual([
        ['c-2', 'failed', LATER, 'no channel'],
        ['c-1', 'sent', MUCH_LATER, null],
      ]);
      expect((await store.parcelAlerts.ofConversation('c-1')).map((a) => a.id)).toEqual([added!.id]);
    });

    test('should watch an account, stop it with the conversation\'s account alerts, and start it again when asked', async () => {
      expect(await store.subscriptions.watchAccount('c-1', '5W8A3K', AT)).toEqual({ conversationId: 'c-1', accountNumber: '5W8A3K', kind: 'exceptions', createdAt: AT, stoppedAt: null });
      // Asked again while it runs: nothing changes.
      expect(await store.subscriptions.watchAccount('c-1', '5W8A3K', LATER)).toMatchObject({ createdAt: AT, stoppedAt: null });
      await store.subscriptions.watchAccount('c-2', '5W8A3K', LATER);
      expect((await store.subscriptions.watchersOfAccount('5W8A3K')).map((s) => s.conversationId)).toEqual(['c-1', 'c-2']);
      expect(await store.subscriptions.watchersOfAccount('7N2F4D')).toEqual([]);
      expect(await store.subscriptions.stopAccounts('c-1', LATER)).toEqual(['5W8A3K']);
      expect(await store.subscriptions.stopAccounts('c-1', LATER)).toEqual([]);
      expect(await store.subscriptions.accountsWatched('c-1')).toEqual([]);
      expect((await store.subscriptions.watchersOfAccount('5W8A3K')).map((s) => s.conversationId)).toEqual(['c-2']);
      expect(await store.subscriptions.watchAccount('c-1', '5W8A3K', MUCH_LATER)).toMatchObject({ createdAt: MUCH_LATER, stoppedAt: null });
      // The per-parcel subscriptions are another matter: none was written.
      expect(await store.subscriptions.ofConversation('c-1')).toEqual([]);
    });
  });
}

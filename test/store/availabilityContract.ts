/**
 * Agents' availability in the store contract (issue 20): status and capacity round-trip, sign-out's
 * away keeps the capacity, and an action refreshes only an available agent not gone idle, at most
 * once in the quiet span. Run for every Store.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { AT } from './storeContract.ts';

const LATER = '2026-03-20T09:05:00.000Z';
const MUCH_LATER = '2026-03-20T10:00:00.000Z';

export function describeAvailabilityContract(name: string, openEmpty: () => Promise<Store>): void {
  describe(`${name}: agent availability`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await openEmpty();
      for (const id of ['a-1', 'a-2']) await store.agents.create({ id, username: id, displayName: id, role: 'agent', queues: ['support'], passwordHash: 'x' }, AT);
    });
    afterEach(async () => {
      await store.close();
    });

    test('should have no row for an agent who never said, and keep status and capacity apart', async () => {
      expect(await store.agentAvailability.get('a-1')).toBeNull();
      expect(await store.agentAvailability.setCapacity('a-1', 4, AT)).toEqual({ agentId: 'a-1', status: 'away', capacity: 4, activeAt: AT, changedAt: AT });
      expect(await store.agentAvailability.setStatus('a-1', 'available', LATER)).toEqual({ agentId: 'a-1', status: 'available', capacity: 4, activeAt: LATER, changedAt: LATER });
      expect(await store.agentAvailability.setStatus('a-2', 'available', AT)).toMatchObject({ status: 'available', capacity: null });
      await store.agentAvailability.setStatus('a-1', 'away', MUCH_LATER);
      expect(await store.agentAvailability.list()).toEqual([
        { agentId: 'a-1', status: 'away', capacity: 4, activeAt: MUCH_LATER, changedAt: MUCH_LATER },
        { agentId: 'a-2', status: 'available', capacity: null, activeAt: AT, changedAt: AT },
      ]);
      expect(await store.agentAvailability.setCapacity('a-1', null, MUCH_LATER)).toMatchObject({ capacity: null, status: 'away' });
    });

    test('should refuse a capacity outside 0-50 and an unknown agent', async () => {
      await expect(store.agentAvailability.setCapacity('a-1', 51, AT)).rejects.toThrow();
      await expect(store.agentAvailability.setStatus('nobody', 'available', AT)).rejects.toThrow();
    });

    test.each([
      ['an available agent who acted within the idle time, past the quiet span', 'available', '2026-03-20T08:00:00.000Z', '2026-03-20T09:10:00.000Z', true],
      ['an agent who already acted within the quiet span', 'available', '2026-03-20T08:00:00.000Z', AT, false],
      ['an agent gone idle (stays away until they say otherwise)', 'available', LATER, '2026-03-20T09:10:00.000Z', false],
      ['an agent who is away', 'away', '2026-03-20T08:00:00.000Z', '2026-03-20T09:10:00.000Z', false],
    ] as const)('should refresh the last action of %s: %s', async (_what, status, activeSince, quietBefore, refreshed) => {
      await store.agentAvailability.setStatus('a-1', status, AT);
      expect(await store.agentAvailability.touch('a-1', MUCH_LATER, activeSince, quietBefore)).toBe(refreshed);
      expect((await store.agentAvailability.get('a-1'))!.activeAt).toBe(refreshed ? MUCH_LATER : AT);
    });
  });
}

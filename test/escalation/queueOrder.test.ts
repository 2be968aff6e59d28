import { describe, expect, test } from 'vitest';
import { averageHandleMinutes, compareQueued, DEFAULT_HANDLE_MINUTES, orderQueue, positionIn, waitMinutes } from '../../src/escalation/queueOrder.ts';

interface Waiting {
  id: number;
  queue: string;
  rank: number;
  firstResponseDue: string;
  queuedAt: string | null;
  requestedAt: string;
}
const waiting = (id: number, patch: Partial<Waiting> = {}): Waiting => ({
  id,
  queue: 'support',
  rank: 5,
  firstResponseDue: '2026-03-20T11:00:00.000Z',
  queuedAt: '2026-03-20T09:00:00.000Z',
  requestedAt: '2026-03-20T09:00:00.000Z',
  ...patch,
});
const ids = (list: readonly { id: number }[]) => list.map((h) => h.id);

describe('orderQueue', () => {
  test.each([
    ['rank first, whatever the deadline or age', [waiting(1, { rank: 5, firstResponseDue: '2026-03-20T09:30:00.000Z' }), waiting(2, { rank: 3, queuedAt: '2026-03-20T09:59:00.000Z' })], [2, 1]],
    ['then the earlier SLA deadline', [waiting(1, { firstResponseDue: '2026-03-20T11:00:00.000Z', queuedAt: '2026-03-20T08:00:00.000Z' }), waiting(2, { firstResponseDue: '2026-03-20T10:00:00.000Z' })], [2, 1]],
    ['then the longer wait', [waiting(1, { queuedAt: '2026-03-20T09:10:00.000Z' }), waiting(2, { queuedAt: '2026-03-20T09:05:00.000Z' })], [2, 1]],
    ['then the request time when it was never queued', [waiting(1, { queuedAt: null, requestedAt: '2026-03-20T09:10:00.000Z' }), waiting(2, { queuedAt: '2026-03-20T09:05:00.000Z' })], [2, 1]],
    ['then the id', [waiting(7), waiting(3)], [3, 7]],
  ])('should order by %s', (_what, list, expected) => {
    expect(ids(orderQueue(list))).toEqual(expected);
    expect(ids(orderQueue([...list].reverse()))).toEqual(expected);
  });

  test('should leave the input as it was and compare a handoff equal to itself', () => {
    const list = [waiting(2, { rank: 9 }), waiting(1)];
    orderQueue(list);
    expect(ids(list)).toEqual([2, 1]);
    expect(compareQueued(list[0]!, list[0]!)).toBe(0);
  });
});

describe('positionIn', () => {
  const ordered = orderQueue([waiting(1), waiting(2, { queue: 'customs' }), waiting(3), waiting(4, { queue: 'customs', rank: 1 }), waiting(5)]);

  test.each([
    [1, 1],
    [3, 2],
    [5, 3],
    [4, 1],
    [2, 2],
    [99, 0],
  ])('should place handoff %i at %i within its own queue', (id, position) => {
    expect(positionIn(ordered, id)).toBe(position);
  });
});

describe('averageHandleMinutes', () => {
  test('should fall back to a typical chat without history', () => {
    expect(averageHandleMinutes([])).toBe(DEFAULT_HANDLE_MINUTES);
    expect(averageHandleMinutes([{ assignedAt: null, endedAt: '2026-03-20T09:00:00.000Z' }, { assignedAt: '2026-03-20T09:00:00.000Z', endedAt: null }])).toBe(DEFAULT_HANDLE_MINUTES);
  });

  test('should take the mean of claimed-to-ended spans, ignoring impossible ones', () => {
    expect(
      averageHandleMinutes([
        { assignedAt: '2026-03-20T09:00:00.000Z', endedAt: '2026-03-20T09:04:00.000Z' },
        { assignedAt: '2026-03-20T09:00:00.000Z', endedAt: '2026-03-20T09:10:00.000Z' },
        { assignedAt: '2026-03-20T09:30:00.000Z', endedAt: '2026-03-20T09:00:00.000Z' },
        { assignedAt: 'not a date', endedAt: '2026-03-20T09:00:00.000Z' },
      ]),
    ).toBe(7);
  });

  test('should never say less than a minute', () => {
    expect(averageHandleMinutes([{ assignedAt: '2026-03-20T09:00:00.000Z', endedAt: '2026-03-20T09:00:10.000Z' }])).toBe(1);
  });
});

describe('waitMinutes', () => {
  test.each([
    [1, 6, 1, 6],
    [3, 6, 1, 18],
    [3, 6, 2, 9],
    [1, 6, 4, 2],
    [1, 1, 10, 1],
    [2, 5, 0, 10],
  ])('should give position %i, %i minutes a chat and %i agents about %i minutes', (position, handle, agents, expected) => {
    expect(waitMinutes(position, handle, agents)).toBe(expected);
  });
});

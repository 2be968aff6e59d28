import { describe, expect, test } from 'vitest';
import { availabilityOf } from '../../src/escalation/agentAvailability.ts';
import type { AgentAvailabilityRecord } from '../../src/store/availabilityRecords.ts';

const NOW = new Date('2026-03-20T10:00:00.000Z');
const POLICY = { defaultCapacity: 3, idleMs: 30 * 60_000 };
const row = (patch: Partial<AgentAvailabilityRecord>): AgentAvailabilityRecord => ({
  agentId: 'ana',
  status: 'available',
  capacity: null,
  activeAt: '2026-03-20T09:45:00.000Z',
  changedAt: '2026-03-20T09:00:00.000Z',
  ...patch,
});

describe('availabilityOf', () => {
  test.each([
    ['an agent who never said: away, the default capacity', null, { available: false, idle: false, capacity: 3 }],
    ['available and active within the idle time', row({}), { available: true, idle: false, capacity: 3 }],
    ['available, active exactly the idle time ago', row({ activeAt: '2026-03-20T09:30:00.000Z' }), { available: true, idle: false, capacity: 3 }],
    ['available but idle longer: away', row({ activeAt: '2026-03-20T09:29:59.000Z' }), { available: false, idle: true, capacity: 3 }],
    ['away, with a capacity of their own', row({ status: 'away', capacity: 5 }), { available: false, idle: false, capacity: 5 }],
    ['capacity 0 kept as 0, not the default', row({ capacity: 0 }), { available: true, idle: false, capacity: 0 }],
  ])('should find %s', (_what, r, expected) => {
    expect(availabilityOf(r, NOW, POLICY)).toEqual(expected);
  });
});

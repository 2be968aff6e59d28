import { describe, expect, test } from 'vitest';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';
import { deadlinesFor, hoursFor, priorityOf, queueOf, rankOf, AROUND_THE_CLOCK, type PriorityFacts } from '../../src/escalation/serviceLevels.ts';
import type { ShipmentRecord, TicketPriority } from '../../src/store/records.ts';

type Parcel = PriorityFacts['shipments'][number];
const parcel = (patch: Partial<Parcel> = {}): Parcel => ({ status: 'in_transit', declaredValue: { amount: 120, currency: 'USD' }, customsState: 'not_required', ...patch });
const exception = parcel({ status: 'exception' });
const held = parcel({ customsState: 'held' });
const valuable = parcel({ declaredValue: { amount: 1000, currency: 'USD' } });
const justBelow = parcel({ declaredValue: { amount: 999.99, currency: 'USD' } });
const facts = (patch: Partial<PriorityFacts> = {}): PriorityFacts => ({ category: 'general', tier: 'standard', shipments: [], openDispute: false, ...patch });

describe('priorityOf', () => {
  test.each<[string, Partial<PriorityFacts>, TicketPriority]>([
    ['a general question', {}, 'normal'],
    ['a parcel with nothing wrong', { category: 'lost_delayed', shipments: [parcel()] }, 'normal'],
    ['a parcel just under the high value', { shipments: [justBelow] }, 'normal'],
    ['a complaint', { category: 'complaint' }, 'high'],
    ['customs', { category: 'customs' }, 'high'],
    ['a VIP account', { tier: 'enterprise_vip' }, 'high'],
    ['an open dispute', { category: 'billing_dispute', openDispute: true }, 'high'],
    ['an exception', { shipments: [exception] }, 'high'],
    ['a customs hold', { shipments: [held] }, 'high'],
    ['a high-value parcel (1000)', { shipments: [valuable] }, 'high'],
    ['an exception and another, valuable parcel', { shipments: [exception, valuable] }, 'high'],
    ['an exception on a VIP account', { tier: 'enterprise_vip', shipments: [exception] }, 'urgent'],
    ['a customs hold on a VIP account', { tier: 'enterprise_vip', shipments: [held] }, 'urgent'],
    ['an exception on a high-value parcel', { shipments: [parcel({ status: 'exception', declaredValue: { amount: 8600, currency: 'USD' } })] }, 'urgent'],
    ['a complaint from a VIP account', { category: 'complaint', tier: 'enterprise_vip' }, 'urgent'],
    ['no account at all', { tier: null }, 'normal'],
  ])('should rank %s', (_what, patch, expected) => {
    expect(priorityOf(facts(patch))).toBe(expected);
  });
});

describe('rankOf', () => {
  test('should serve by priority first, and VIP first within a priority', () => {
    const order: [TicketPriority, 'standard' | 'enterprise_vip' | null][] = [
      ['urgent', 'enterprise_vip'],
      ['urgent', 'standard'],
      ['high', 'enterprise_vip'],
      ['high', null],
      ['normal', 'enterprise_vip'],
      ['normal', 'standard'],
      ['low', 'enterprise_vip'],
      ['low', 'standard'],
    ];
    const ranks = order.map(([p, t]) => rankOf(p, t));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(order.length);
    expect(rankOf('high', 'standard')).toBe(rankOf('high', null));
  });
});

describe('deadlinesFor', () => {
  // Mon-Fri 09:00-18:00 in Shanghai (9 open hours a day; an SLA workday is 8 of them); 2026-03-20 is a
  // Friday, 01:00Z is 09:00 local.
  const hours = parseBusinessHours('Mon-Fri 09:00-18:00', 'Asia/Shanghai');

  test.each([
    ['customs: an adviser within one hour, resolved in a workday', 'customs', 'standard', 'high', '2026-03-20T02:00:00.000Z', '2026-03-20T03:00:00.000Z', '2026-03-20T10:00:00.000Z'],
    ['lost parcels: two hours', 'lost_delayed', 'standard', 'normal', '2026-03-20T02:00:00.000Z', '2026-03-20T04:00:00.000Z', '2026-03-24T08:00:00.000Z'],
    ['billing disputes: four hours', 'billing_dispute', 'standard', 'high', '2026-03-20T02:00:00.000Z', '2026-03-20T06:00:00.000Z', '2026-03-26T06:00:00.000Z'],
    ['urgent on a standard account: 30 minutes, in opening hours', 'lost_delayed', 'standard', 'urgent', '2026-03-20T09:45:00.000Z', '2026-03-23T01:15:00.000Z', '2026-03-25T06:45:00.000Z'],
    ['VIP: 30 minutes around the clock, on a Saturday night', 'general', 'enterprise_vip', 'high', '2026-03-21T15:00:00.000Z', '2026-03-21T15:30:00.000Z', '2026-03-21T23:00:00.000Z'],
  ] as const)('should set %s', (_what, category, tier, priority, at, first, resolution) => {
    expect(deadlinesFor(category, tier, priority, new Date(at), hours)).toEqual({ firstResponseDue: first, resolutionDue: resolution });
  });

  test('should stop the SLA clock outside opening hours (Friday 17:30 -> Monday 09:30)', () => {
    const due = deadlinesFor('customs', 'standard', 'high', new Date('2026-03-20T09:30:00.000Z'), hours);
    expect(due.firstResponseDue).toBe('2026-03-23T01:30:00.000Z');
  });

  test('should give VIP accounts the round-the-clock hours and others the desk hours', () => {
    expect(hoursFor('enterprise_vip', hours)).toBe(AROUND_THE_CLOCK);
    expect(hoursFor('standard', hours)).toBe(hours);
    expect(hoursFor(null, hours)).toBe(hours);
  });
});

describe('queueOf', () => {
  test.each([
    ['general', 'standard', 'support'],
    ['lost_delayed', null, 'support'],
    ['complaint', 'standard', 'support'],
    ['customs', 'standard', 'customs'],
    ['billing_dispute', 'standard', 'billing'],
    ['customs', 'enterprise_vip', 'vip'],
    ['billing_dispute', 'enterprise_vip', 'vip'],
  ] as const)('should put %s on a %s account in the %s queue', (category, tier, queue) => {
    expect(queueOf(category, tier)).toBe(queue);
  });
});

// Keeps the fixture honest: only the three fields priorityOf reads.
const _shape: Pick<ShipmentRecord, 'status' | 'declaredValue' | 'customsState'> = parcel();
void _shape;

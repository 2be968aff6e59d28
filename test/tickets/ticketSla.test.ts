import { describe, expect, test } from 'vitest';
import { deadlineClock } from '../../src/escalation/serviceLevels.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';
import type { AccountTier, TicketRecord } from '../../src/store/records.ts';
import { ticketSla } from '../../src/tickets/ticketSla.ts';

// Christmas Day 2026 is a Friday: a ticket opened on Thursday afternoon waits over the holiday and the
// weekend, and its clock runs again on Monday morning, in the desk's own zone.
const HOURS = 'Mon-Fri 09:00-17:00; closed 2026-12-25';

const ticket = (category: TicketRecord['category'], createdAt: string, patch: Partial<TicketRecord> = {}) => ({
  category,
  priority: 'normal' as const,
  createdAt,
  firstResponseAt: null,
  state: 'new' as const,
  ...patch,
});

describe('ticket SLA on the business-hours calendar', () => {
  test.each([
    // zone, category, tier, opened (UTC: Thu 16:30 local), first response due, resolution due
    ['Europe/Berlin', 'customs', null, '2026-12-24T15:30:00.000Z', '2026-12-28T08:30:00.000Z', '2026-12-28T15:30:00.000Z'],
    ['Europe/Berlin', 'lost_delayed', null, '2026-12-24T15:30:00.000Z', '2026-12-28T09:30:00.000Z', '2026-12-30T15:30:00.000Z'],
    ['America/New_York', 'customs', null, '2026-12-24T21:30:00.000Z', '2026-12-28T14:30:00.000Z', '2026-12-28T21:30:00.000Z'],
    ['America/New_York', 'billing_dispute', null, '2026-12-24T21:30:00.000Z', '2026-12-28T17:30:00.000Z', '2027-01-01T21:30:00.000Z'],
    // Enterprise VIP accounts are answered around the clock, holiday or not.
    ['America/New_York', 'customs', 'enterprise_vip', '2026-12-24T21:30:00.000Z', '2026-12-24T22:00:00.000Z', '2026-12-25T05:30:00.000Z'],
  ] as const)('should count a %s %s ticket (tier %s) opened %s to %s and %s', (zone, category, tier, opened, firstDue, resolutionDue) => {
    const clock = deadlineClock(parseBusinessHours(HOURS, zone));
    const sla = ticketSla(ticket(category, opened), tier as AccountTier | null, clock, new Date(opened));
    expect([sla.firstResponseDue, sla.resolutionDue]).toEqual([firstDue, resolutionDue]);
    expect(sla.due).toBe(firstDue);
  });

  test('should count from Monday when the holiday is a Monday too (two zones, one calendar each)', () => {
    const hours = 'Mon-Fri 09:00-17:00; closed 2026-12-25, 2026-12-28';
    const berlin = ticketSla(ticket('customs', '2026-12-24T15:30:00.000Z'), null, deadlineClock(parseBusinessHours(hours, 'Europe/Berlin')), new Date('2026-12-24T15:30:00.000Z'));
    const shanghai = ticketSla(ticket('customs', '2026-12-24T08:30:00.000Z'), null, deadlineClock(parseBusinessHours(hours, 'Asia/Shanghai')), new Date('2026-12-24T08:30:00.000Z'));
    expect(berlin.firstResponseDue).toBe('2026-12-29T08:30:00.000Z');
    expect(shanghai.firstResponseDue).toBe('2026-12-29T01:30:00.000Z');
  });

  const clock = deadlineClock(parseBusinessHours(HOURS, 'Europe/Berlin'));
  const opened = '2026-12-28T08:00:00.000Z'; // Monday 09:00 in Berlin: first response due 10:00, resolution 17:00
  test.each([
    ['on track two hours before', '2026-12-28T07:00:00.000Z', {}, 'on_track', '2026-12-28T09:00:00.000Z'],
    ['due within the hour', '2026-12-28T08:30:00.000Z', {}, 'due_soon', '2026-12-28T09:00:00.000Z'],
    ['breached once the first response is late', '2026-12-28T09:00:01.000Z', {}, 'breached', '2026-12-28T09:00:00.000Z'],
    ['on the resolution clock once answered', '2026-12-28T09:30:00.000Z', { firstResponseAt: '2026-12-28T08:10:00.000Z' }, 'on_track', '2026-12-28T16:00:00.000Z'],
    ['done once resolved, late or not', '2026-12-31T09:00:00.000Z', { state: 'resolved' as const }, 'done', '2026-12-28T09:00:00.000Z'],
  ])('should say a ticket is %s', (_what, now, patch, status, due) => {
    const sla = ticketSla(ticket('customs', opened, patch), null, clock, new Date(now));
    expect(sla).toMatchObject({ status, due });
    expect(sla.secondsLeft).toBe(Math.round((Date.parse(due) - Date.parse(now)) / 1000));
  });
});

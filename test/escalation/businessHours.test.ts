import { describe, expect, test } from 'vitest';
import { addBusinessMinutes, isOpen, nextOpening } from '../../src/escalation/businessHours.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('opening hours in Shanghai (2026-03-20 is a Friday)', () => {
  const hours = parseBusinessHours('Mon-Fri 09:00-18:00; Sat 10:00-14:00', 'Asia/Shanghai');

  test.each([
    ['2026-03-20T00:59:59.000Z', false], // Fri 08:59:59
    ['2026-03-20T01:00:00.000Z', true], // Fri 09:00
    ['2026-03-20T09:59:00.000Z', true], // Fri 17:59
    ['2026-03-20T10:00:00.000Z', false], // Fri 18:00: closing is exclusive
    ['2026-03-20T16:30:00.000Z', false], // still Friday in UTC, already Sat 00:30 here
    ['2026-03-21T03:00:00.000Z', true], // Sat 11:00
    ['2026-03-21T06:00:00.000Z', false], // Sat 14:00
    ['2026-03-22T03:00:00.000Z', false], // Sun 11:00
  ])('should say whether %s is open: %s', (instant, open) => {
    expect(isOpen(hours, at(instant))).toBe(open);
  });

  test.each([
    ['2026-03-20T02:00:00.000Z', '2026-03-20T02:00:00.000Z'], // open now
    ['2026-03-20T10:00:00.000Z', '2026-03-21T02:00:00.000Z'], // Fri evening -> Sat 10:00
    ['2026-03-20T23:30:00.000Z', '2026-03-21T02:00:00.000Z'], // Sat 07:30 -> Sat 10:00
    ['2026-03-21T06:00:00.000Z', '2026-03-23T01:00:00.000Z'], // Sat afternoon -> Mon 09:00
  ])('should find the next opening after %s', (instant, next) => {
    expect(iso(nextOpening(hours, at(instant)))).toBe(next);
  });

  test.each([
    ['within the day', '2026-03-20T02:00:00.000Z', 60, '2026-03-20T03:00:00.000Z'],
    ['over Friday night into Saturday', '2026-03-20T09:30:00.000Z', 60, '2026-03-21T02:30:00.000Z'],
    ['over the weekend', '2026-03-21T05:00:00.000Z', 120, '2026-03-23T02:00:00.000Z'],
    ['from a closed moment', '2026-03-22T03:00:00.000Z', 30, '2026-03-23T01:30:00.000Z'],
    ['up to the closing minute exactly', '2026-03-20T09:00:00.000Z', 60, '2026-03-20T10:00:00.000Z'],
  ])('should add opening minutes %s', (_what, from, minutes, to) => {
    expect(iso(addBusinessMinutes(hours, at(from), minutes))).toBe(to);
  });
});

describe('opening hours across midnight', () => {
  // A night shift: Monday to Friday evenings until 02:00 the next morning.
  const night = parseBusinessHours('Mon-Fri 20:00-24:00; Tue-Sat 00:00-02:00', 'UTC');

  test('should run the SLA clock on past midnight', () => {
    expect(iso(addBusinessMinutes(night, at('2026-03-16T23:30:00.000Z'), 60))).toBe('2026-03-17T00:30:00.000Z');
    expect(iso(addBusinessMinutes(night, at('2026-03-17T01:30:00.000Z'), 60))).toBe('2026-03-17T20:30:00.000Z');
  });

  test('should be open in the small hours of Saturday and closed after', () => {
    expect(isOpen(night, at('2026-03-21T01:00:00.000Z'))).toBe(true);
    expect(isOpen(night, at('2026-03-21T02:00:00.000Z'))).toBe(false);
    expect(iso(nextOpening(night, at('2026-03-21T02:00:00.000Z')))).toBe('2026-03-23T20:00:00.000Z');
  });
});

describe('opening hours across a change of daylight saving time', () => {
  const newYork = parseBusinessHours('Mon-Fri 09:00-18:00', 'America/New_York');

  test('should open at 09:00 EDT on the Monday after clocks spring forward (2026-03-08)', () => {
    expect(iso(nextOpening(newYork, at('2026-03-07T12:00:00.000Z')))).toBe('2026-03-09T13:00:00.000Z');
    // Friday 17:00 EST: one hour before closing, one after Monday's opening.
    expect(iso(addBusinessMinutes(newYork, at('2026-03-06T22:00:00.000Z'), 120))).toBe('2026-03-09T14:00:00.000Z');
    expect(isOpen(newYork, at('2026-03-09T13:30:00.000Z'))).toBe(true);
    expect(isOpen(newYork, at('2026-03-09T12:30:00.000Z'))).toBe(false);
  });

  test('should count a Sunday that loses an hour as shorter (New York, 00:30-03:30 is two hours)', () => {
    const sunday = parseBusinessHours('Sun 00:30-03:30', 'America/New_York');
    expect(iso(addBusinessMinutes(sunday, at('2026-03-08T05:30:00.000Z'), 120))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(addBusinessMinutes(sunday, at('2026-03-08T05:30:00.000Z'), 150))).toBe('2026-03-15T05:00:00.000Z');
  });

  test.each([
    ['New York, a time in the gap opens at the shifted time (02:30 -> 03:30 EDT)', 'Sun 02:30-05:00', 'America/New_York', '2026-03-07T00:00:00.000Z', '2026-03-08T07:30:00.000Z'],
    ['London, a time in the gap opens at the shifted time (01:30 -> 02:30 BST)', 'Sun 01:30-05:00', 'Europe/London', '2026-03-28T00:00:00.000Z', '2026-03-29T01:30:00.000Z'],
    ['New York, a time in the fold opens at the later one (01:30 EST)', 'Sun 01:30-05:00', 'America/New_York', '2026-10-31T00:00:00.000Z', '2026-11-01T06:30:00.000Z'],
    ['London, a time in the fold opens at the later one (01:30 GMT)', 'Sun 01:30-05:00', 'Europe/London', '2026-10-24T00:00:00.000Z', '2026-10-25T01:30:00.000Z'],
  ])('should place %s', (_what, spec, zone, from, opens) => {
    expect(iso(nextOpening(parseBusinessHours(spec, zone), at(from)))).toBe(opens);
  });

  test('should count elapsed time, not wall-clock time, around the clock in London (2026-03-29)', () => {
    const always = parseBusinessHours('24/7', 'Europe/London');
    expect(iso(addBusinessMinutes(always, at('2026-03-28T23:00:00.000Z'), 180))).toBe('2026-03-29T02:00:00.000Z');
  });

  test('should open at 09:00 BST on the Sunday clocks go forward in London', () => {
    const daily = parseBusinessHours('Mon-Sun 09:00-17:00', 'Europe/London');
    // Saturday 16:00 GMT: one hour on Saturday, one on Sunday from 09:00 BST (08:00Z).
    expect(iso(addBusinessMinutes(daily, at('2026-03-28T16:00:00.000Z'), 120))).toBe('2026-03-29T09:00:00.000Z');
    expect(isOpen(daily, at('2026-03-29T08:30:00.000Z'))).toBe(true);
  });
});

describe('opening hours on holidays', () => {
  // Christmas Day 2026 is a Friday, in Berlin's own calendar.
  const berlin = parseBusinessHours('Mon-Fri 09:00-17:00; closed 2026-12-25', 'Europe/Berlin');

  test('should stay closed all day on a holiday and open again on the next working day', () => {
    expect(isOpen(berlin, at('2026-12-25T10:00:00.000Z'))).toBe(false);
    expect(isOpen(berlin, at('2026-12-24T10:00:00.000Z'))).toBe(true);
    expect(iso(nextOpening(berlin, at('2026-12-24T17:00:00.000Z')))).toBe('2026-12-28T08:00:00.000Z');
  });

  test('should take the holiday by the local date: 23:30 UTC on the 24th is already Christmas in Berlin', () => {
    const earlyShift = parseBusinessHours('Mon-Fri 00:00-09:00; closed 2026-12-25', 'Europe/Berlin');
    expect(isOpen(earlyShift, at('2026-12-24T23:30:00.000Z'))).toBe(false);
    expect(isOpen(earlyShift, at('2026-12-24T07:30:00.000Z'))).toBe(true);
  });
});

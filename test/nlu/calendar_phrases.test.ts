import { describe, expect, test } from 'vitest';
import { nearestOnWeekday, nthWeekdayFrom, nthWeekdayOfMonth, nthWholeWeek, pastAndComing } from '../../src/nlu/dates/calendar.ts';
import { testSingleCase } from './helpers.ts';

// Now is Thu 2025-03-20 (06:00 in New York, 18:00 in Shanghai).
describe('calendar phrases chrono reads only in part', () => {
  test.each([
    ['shipped on the first Monday of March', '2025-03-03'],
    ['it went out the last Friday in February', '2025-02-28'],
    ['the first Wednesday of October 2024', '2024-10-02'],
    ['the first Monday of October', '2024-10-07'], // no year: the most recent past one
    ['deliver it the second Tuesday of next month', '2025-04-08'],
    ['sent on the 5th of last month', '2025-02-05'],
    ['can it come the 20th of next month', '2025-04-20'],
    ['I mailed it two Thursdays ago', '2025-03-06'],
    ['3 Fridays from now', '2025-04-04'],
    ['can my parcel come Friday after next', '2025-03-28'],
    ['will the parcel arrive two weeks hence', '2025-04-03'],
    ['deliver it 10 days from today', '2025-03-30'],
    ['a month hence, will it be here', '2025-04-20'],
  ])('should read "%s" as %s (en)', (text, day) => {
    testSingleCase(text, 'America/New_York', (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  test.each([
    ['all the parcels I sent in 2024.', '2024-01-01', '2024-12-31'],
    ['shipments from 2024-10', '2024-10-01', '2024-10-31'],
    ['what did I ship in 2023 AD', '2023-01-01', '2023-12-31'],
  ])('should read "%s" as %s..%s (en)', (text, from, to) => {
    testSingleCase(text, 'America/New_York', (p) => expect(p.dateRange).toEqual({ from, to }));
  });

  test.each([['my order 2024 is late'], ['invoice 2024/25 please'], ['in 20245 minutes']])('should read no year in "%s"', (text) => {
    testSingleCase(text, 'America/New_York', (p) => expect(p.dateRange?.to.endsWith('-12-31') && p.dateRange?.from.endsWith('-01-01')).not.toBe(true));
  });

  test.each([
    ['十月第一个星期一寄的', '2024-10-07', '2024-10-07'],
    ['上个月的第二个礼拜三寄的', '2025-02-12', '2025-02-12'],
    ['这个月5号寄的', '2025-03-05', '2025-03-05'],
    ['下個月二十號送到', '2025-04-20', '2025-04-20'],
    ['明年九月寄', '2026-09-01', '2026-09-30'],
    ['下个月廿号送到', '2025-04-20', '2025-04-20'],
    ['廿一号寄的', '2025-02-21', '2025-02-21'],
  ])('should read "%s" as %s..%s (zh)', (text, from, to) => {
    testSingleCase(text, 'Asia/Shanghai', (p) => expect(p.dateRange).toEqual({ from, to }));
  });

  test('should keep the coming reading of a month without a year for rescheduling', () => {
    testSingleCase('please deliver on the first Monday of October', 'America/New_York', (p) => {
      expect(p.intent).toBe('change_delivery');
      expect(p.dateRange).toEqual({ from: '2025-10-06', to: '2025-10-06' });
    });
  });

  test.each([['the first one of the month'], ['the last week of the month was busy']])('should find no weekday-of-month date in "%s"', (text) => {
    testSingleCase(text, 'America/New_York', (p) => expect(p.dateRange?.from === p.dateRange?.to && p.dateRange !== null).toBe(false));
  });
});

describe('calendar arithmetic', () => {
  test.each([
    [2025, 3, 1, 1, '2025-03-03'],
    [2025, 3, 1, -1, '2025-03-31'],
    [2025, 3, 5, 5, null], // March 2025 has four Fridays
    [2025, 2, 5, -1, '2025-02-28'],
  ])('nthWeekdayOfMonth(%i, %i, weekday %i, n %i) should be %s', (year, month, weekday, n, expected) => {
    const d = nthWeekdayOfMonth(year, month, weekday, n);
    expect(d && `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(expected);
  });

  test('nthWeekdayFrom counts strictly after or before today', () => {
    const thursday = { year: 2025, month: 3, day: 20 };
    expect(nthWeekdayFrom(thursday, 4, 1, 1)).toEqual({ year: 2025, month: 3, day: 27 });
    expect(nthWeekdayFrom(thursday, 4, 1, -1)).toEqual({ year: 2025, month: 3, day: 13 });
    expect(nthWeekdayFrom(thursday, 5, 2, 1)).toEqual({ year: 2025, month: 3, day: 28 });
  });

  test('pastAndComing takes today as both the past and the coming one', () => {
    const today = { year: 2025, month: 3, day: 3 };
    expect(pastAndComing(today, (year) => nthWeekdayOfMonth(year, 3, 1, 1))).toEqual({ past: today, coming: today });
  });
});

describe('calendar arithmetic of pinned and positioned dates', () => {
  const today = { year: 2025, month: 3, day: 20 };
  test.each([
    [2, 18, null, { year: 2025, month: 3, day: 18 }],
    [1, 14, null, { year: 2025, month: 4, day: 14 }],
    [5, 18, 7, { year: 2025, month: 7, day: 18 }],
    [4, 31, 2, null], // no 31 February
  ] as const)('nearestOnWeekday(weekday %i, day %i, month %s) should be %o', (weekday, day, month, expected) => {
    expect(nearestOnWeekday(today, weekday, day, month)).toEqual(expected);
  });

  const october = [{ year: 2024, month: 10, day: 1 }, { year: 2024, month: 10, day: 31 }] as const;
  test.each([
    [1, false, { from: '2024-10-07', to: '2024-10-13' }], // 1 October is a Tuesday: the first whole week starts on the 7th
    [3, false, { from: '2024-10-21', to: '2024-10-27' }],
    [4, false, null], // 28 October to 3 November is not wholly inside
    [1, true, { from: '2024-10-21', to: '2024-10-27' }],
  ] as const)('nthWholeWeek(October 2024, %i, from the end %s) should be %o', (n, fromEnd, expected) => {
    expect(nthWholeWeek(october[0], october[1], n, fromEnd)).toEqual(expected);
  });
});

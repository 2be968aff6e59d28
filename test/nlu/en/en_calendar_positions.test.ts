import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 (06:00 in New York).
const TZ = 'America/New_York';

describe('EN weekday said with its day: the nearest date where they agree', () => {
  test.each([
    ['shipped Tuesday the 18th', '2025-03-18'],
    ['deliver it Friday the 28th', '2025-03-28'],
    ['was it sunday 16th?', '2025-03-16'],
    ['it should come on Monday the 14th', '2025-04-14'], // the nearest Monday 14th is in April, not last October
    ['Tuesday the twenty-fifth', '2025-03-25'],
    ['sent Friday, July 18', '2025-07-18'],
    ['sent on Saturday 1 March', '2025-03-01'],
    ['please deliver my parcel June 3, Tuesday', '2025-06-03'],
    ['the box from Friday, July 18, 2014', '2014-07-18'], // a year said: chrono's date stands
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  test.each([['it came monday 2nd attempt failed'], ['my parcel is late, it was due monday first thing']])('should read only the weekday in "%s"', (text) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: '2025-03-17', to: '2025-03-17' }));
  });
});

describe('EN days and weeks by their place in a month, a year or a week', () => {
  test.each([
    ['sent on the last day of February', '2025-02-28', '2025-02-28'],
    ['shipped the third day of April', '2024-04-03', '2024-04-03'], // no year: the most recent past one
    ['the second last day in June 2024', '2024-06-29', '2024-06-29'],
    ['what went out the first week of October 2024', '2024-10-07', '2024-10-13'], // whole Monday–Sunday weeks
    ['parcels from the last week of February', '2025-02-17', '2025-02-23'],
    ['the third last week of 2024', '2024-12-09', '2024-12-15'],
    ["mailed it last week's Sunday", '2025-03-16', '2025-03-16'],
    ["reschedule my delivery to next week's Friday", '2025-03-28', '2025-03-28'],
    // Weekday first (found by an outside tester, H6: chrono reads this week's Thursday).
    ['sorry, I meant thursday last week', '2025-03-13', '2025-03-13'],
    ['the one I sent on thursday last week', '2025-03-13', '2025-03-13'],
    ['sent it on Tuesday of last week', '2025-03-11', '2025-03-11'],
    ['it went out last week on Monday', '2025-03-10', '2025-03-10'],
    ['deliver it friday next week', '2025-03-28', '2025-03-28'],
  ])('should read "%s" as %s..%s', (text, from, to) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from, to }));
  });

  test('should leave "the week of March 3" to the date it names', () => {
    testSingleCase('shipped the week of March 3', TZ, (p) => expect(p.dateRange).toEqual({ from: '2025-03-03', to: '2025-03-03' }));
  });
});

describe('EN months and years chrono reads only in part', () => {
  test.each([
    ['reschedule the delivery of my parcel to May after next', '2026-05-01', '2026-05-31'],
    ['sent March after next', '2027-03-01', '2027-03-31'], // this month is March: the next one is 2026
    ['sent March the 15th', '2025-03-15', '2025-03-15'],
    ['shipped December the 24th', '2024-12-24', '2024-12-24'],
    ['deliver it 20 of next month', '2025-04-20', '2025-04-20'], // chrono reads the month at 20:00
    ['I sent one two years ago', '2023-01-01', '2023-12-31'],
  ])('should read "%s" as %s..%s', (text, from, to) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from, to }));
  });
});

describe('EN dates that are no ship date', () => {
  test.each(["my parcel to Chicago hasn't moved since the 5th", 'the box has been stuck since Monday', 'no update since March 9'])('should not search by the day in "%s"', (text) => {
    testSingleCase(text, 'UTC', (p) => expect(p.dateRange).toBeNull());
  });
});

import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 (06:00 in New York).
const TZ = 'America/New_York';

describe('EN dates', () => {
  test.each([
    ['sent yesterday', '2025-03-19', '2025-03-19'],
    ['sent two days ago', '2025-03-18', '2025-03-18'],
    ['mailed it on March 15', '2025-03-15', '2025-03-15'],
    ['posted 2/28', '2025-02-28', '2025-02-28'],
    ['shipped on December 30', '2024-12-30', '2024-12-30'],
    ['sent last Friday', '2025-03-14', '2025-03-14'],
    ['sent on Wednesday', '2025-03-19', '2025-03-19'],
    ['sent Thursday', '2025-03-13', '2025-03-13'],
    ['shipped last week', '2025-03-10', '2025-03-16'],
    ['shipped this week', '2025-03-17', '2025-03-23'],
    ['shipped last month', '2025-02-01', '2025-02-28'],
    ['shipped this month', '2025-03-01', '2025-03-31'],
    ['shipped in January', '2025-01-01', '2025-01-31'],
    ['shipped on March 15, 2024', '2024-03-15', '2024-03-15'],
    ['where is the package from April 2', '2024-04-02', '2024-04-02'],
    ['everything I shipped in the current week', '2025-03-17', '2025-03-23'],
    ['parcels sent last yr', '2024-01-01', '2024-12-31'],
    ['can it come the following week', '2025-03-24', '2025-03-30'],
  ])('should read "%s" as %s..%s', (text, from, to) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from, to }));
  });

  test('should resolve against the local date in the given zone', () => {
    // 2025-03-20T10:00Z is already Friday 21 early morning in Auckland... no: 23:00 on the 20th; Kiritimati is the 21st.
    testSingleCase('shipped yesterday', 'Pacific/Kiritimati', (p) => expect(p.dateRange).toEqual({ from: '2025-03-20', to: '2025-03-20' }));
    testSingleCase('shipped yesterday', 'Pacific/Honolulu', (p) => expect(p.dateRange).toEqual({ from: '2025-03-19', to: '2025-03-19' }));
  });

  test('should read a weekday forward when rescheduling a delivery', () => {
    testSingleCase('please reschedule my delivery to Monday', TZ, (p) => {
      expect(p.intent).toBe('change_delivery');
      expect(p.dateRange).toEqual({ from: '2025-03-24', to: '2025-03-24' });
    });
  });

  test.each([['it has not moved in a week'], ['stuck for 6 days'], ['talk to someone now']])('should find no date in "%s"', (text) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toBeNull());
  });
});

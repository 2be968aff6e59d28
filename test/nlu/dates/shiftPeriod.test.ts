import { expect, test } from 'vitest';
import { shiftPeriod, type PeriodUnit } from '../../../src/nlu/dates/shiftPeriod.ts';

test.each<[string, { from: string; to: string }, PeriodUnit, number, { from: string; to: string }]>([
  ['a whole month, the month before', { from: '2026-11-01', to: '2026-11-30' }, 'month', -1, { from: '2026-10-01', to: '2026-10-31' }],
  ['a whole month across a year, the month before', { from: '2026-01-01', to: '2026-01-31' }, 'month', -1, { from: '2025-12-01', to: '2025-12-31' }],
  ['a whole month, the month after', { from: '2026-01-01', to: '2026-01-31' }, 'month', 1, { from: '2026-02-01', to: '2026-02-28' }],
  ['a Monday-to-Sunday week, the week before', { from: '2026-11-30', to: '2026-12-06' }, 'week', -1, { from: '2026-11-23', to: '2026-11-29' }],
  ['any seven days, the seven before', { from: '2026-12-01', to: '2026-12-07' }, 'week', -1, { from: '2026-11-24', to: '2026-11-30' }],
  ['a day, the week before: the Monday-to-Sunday week before its own', { from: '2026-12-03', to: '2026-12-03' }, 'week', -1, { from: '2026-11-23', to: '2026-11-29' }],
  ['a day, the day before', { from: '2026-03-01', to: '2026-03-01' }, 'day', -1, { from: '2026-02-28', to: '2026-02-28' }],
  ['a day, the day after', { from: '2026-02-28', to: '2026-02-28' }, 'day', 1, { from: '2026-03-01', to: '2026-03-01' }],
  ['a whole month, the year before: the same month', { from: '2026-02-01', to: '2026-02-28' }, 'year', -1, { from: '2025-02-01', to: '2025-02-28' }],
  ['a week, the year before: the same days', { from: '2026-11-30', to: '2026-12-06' }, 'year', -1, { from: '2025-11-30', to: '2025-12-06' }],
  ['29 February, the year after', { from: '2028-02-29', to: '2028-02-29' }, 'year', 1, { from: '2029-02-28', to: '2029-02-28' }],
  ['a month of a longer period: the calendar month before its first', { from: '2026-01-01', to: '2026-03-31' }, 'month', -1, { from: '2025-12-01', to: '2025-12-31' }],
])('(%s) should move the period', (_, range, unit, by, expected) => {
  expect(shiftPeriod(range, unit, by)).toEqual(expected);
});

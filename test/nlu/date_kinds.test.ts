import { describe, expect, test } from 'vitest';
import { Parser } from '../../src/nlu/Parser.ts';
import { NOW } from './helpers.ts';

/** Date expressions on their own, as entities (no intent gating). Now is Thu 2025-03-20, UTC. */
describe('date kinds a customer writes about a parcel', () => {
  const parser = new Parser();
  test.each([
    ['3/15', '2025-03-15', '2025-03-15'],
    ['2025-03-15', '2025-03-15', '2025-03-15'],
    ['in two weeks', '2025-04-03', '2025-04-03'],
    ['in 3 days', '2025-03-23', '2025-03-23'],
    ['next year', '2026-01-01', '2026-12-31'],
    ['the year before last', '2023-01-01', '2023-12-31'],
    ['next monday', '2025-03-24', '2025-03-24'],
    ['the 1st of march', '2025-03-01', '2025-03-01'],
    ['明年', '2026-01-01', '2026-12-31'],
    ['前年', '2023-01-01', '2023-12-31'],
    ['后年', '2027-01-01', '2027-12-31'],
    ['大前天', '2025-03-17', '2025-03-17'],
    ['下周一', '2025-03-24', '2025-03-24'],
    ['上周日', '2025-03-16', '2025-03-16'],
    ['下周日', '2025-03-30', '2025-03-30'],
    ['下周末', '2025-03-29', '2025-03-30'],
    ['下下周', '2025-03-31', '2025-04-06'],
    ['下礼拜', '2025-03-24', '2025-03-30'],
  ])('should read "%s" as %s..%s', (text, from, to) => {
    expect(parser.extractEntities(text, { now: NOW, timeZone: 'UTC' }).dateRange).toEqual({ from, to });
  });

  test.each([['it has not moved in a week'], ['stuck for 6 days'], ['12345']])('should find no date in "%s"', (text) => {
    expect(parser.extractEntities(text, { now: NOW, timeZone: 'UTC' }).dateRange).toBeNull();
  });
});

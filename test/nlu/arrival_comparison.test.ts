/**
 * "which arrives first, the toronto one or the new york one?", "寄多伦多的和寄纽约的，哪个先到？", "cuál llega antes,
 * el de méxico o el de berlín de ayer": a question of which parcel arrives first (`asks` arrives_first) with the
 * sides compared. "X or Y" is two destinations, never a lane from X to Y; "arrives" is no status filter; a date
 * belongs to its own side (found by an outside tester, K3).
 */
import { describe, expect, test } from 'vitest';
import type { Parse } from '../../src/nlu/types.ts';
import { sharedParser } from './helpers.ts';

const NOW = new Date('2026-12-07T10:00:00Z');
const testSingleCase = (text: string, timeZone: string, check: (p: Parse) => void, now: Date) => check(sharedParser().parse(text, { now, timeZone }));
type Side = [string | null, string | null];

describe('which arrives first', () => {
  test.each<[string, string, Side[]]>([
    ['en', 'which arrives first, the toronto one or the new york one?', [['Toronto', null], ['New York', null]]],
    ['en', 'which gets there first, the Miami one or the toronto one?', [['Miami', null], ['Toronto', null]]],
    ['en', 'is the LA parcel from today going to arrive before the one from the 30th?', [['Los Angeles', '2026-12-07'], [null, '2026-11-30']]],
    ['en', 'which of them arrives first', []],
    ['zh', '寄多伦多的和寄纽约的，哪个先到？', [['Toronto', null], ['New York', null]]],
    ['zh', '哪个先到', []],
    ['zh', '跟30号那个比哪个先到', [[null, '2026-11-30']]],
    ['es', 'cuál llega antes, el de méxico o el de berlín de ayer', [['Mexico', null], ['Berlin', '2026-12-06']]],
    ['es', '¿cuál de los dos de berlín llega primero?', [['Berlin', null]]],
  ])('(%s) should ask which arrives first, each side its own place and date: %s', (_lang, text, sides) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.asks).toContain('arrives_first');
      expect(p.statusHints).not.toContain('delivered');
      expect(p.origin).toBeNull();
      expect((p.compared ?? []).map((s): Side => [s.destination?.name ?? null, s.dateRange?.from ?? null])).toEqual(sides);
    }, NOW);
  });

  test.each<[string, string]>([
    ['en', 'has my parcel to toronto arrived?'],
    ['en', 'parcels from toronto to new york'],
    ['zh', '寄往多伦多的包裹到了吗'],
    ['es', '¿llegó el paquete a Berlín?'],
  ])('(%s) should ask no comparison of: %s', (_lang, text) => {
    testSingleCase(text, 'UTC', (p) => {
      expect(p.asks ?? []).not.toContain('arrives_first');
      expect(p.compared).toBeUndefined();
    }, NOW);
  });
});

import { expect } from 'vitest';
import { createParser } from '../../src/nlu/index.ts';
import type { Parse } from '../../src/nlu/types.ts';

/** Thursday 20 March 2025, 10:00 UTC: every test parses against this fixed now. */
export const NOW = new Date('2025-03-20T10:00:00Z');

let parser: ReturnType<typeof createParser> | undefined;

export function sharedParser(): ReturnType<typeof createParser> {
  parser ??= createParser();
  return parser;
}

/** chrono-node's helper shape: parse one text against a fixed now and zone, then check it. */
export function testSingleCase(text: string, timeZone: string, check: (p: Parse) => void): void {
  const p = sharedParser().parse(text, { now: NOW, timeZone });
  check(p);
}

export function expectNoEntities(p: Parse): void {
  expect(p.trackingNumbers).toEqual([]);
  expect(p.invalidTrackingNumbers).toEqual([]);
  expect(p.accountNumber).toBeNull();
  expect(p.dateRange).toBeNull();
  expect(p.origin).toBeNull();
  expect(p.destination).toBeNull();
  expect(p.places).toEqual([]);
  expect(p.negatedPlaces).toEqual([]);
}

/** A place as the parser reports it. */
export const place = (name: string, country: string) => ({ name, country });

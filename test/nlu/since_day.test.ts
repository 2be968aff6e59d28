/**
 * "since friday", "desde el viernes", "从周五以来", "周五以后": a period from that day to today (DateSinceRefiner;
 * outside tester round 8, P17). "hasn't moved since friday" is the day it last moved: no period of parcels sent.
 */
import { expect, test } from 'vitest';
import { sharedParser } from './helpers.ts';

const AT = new Date('2026-12-07T10:00:00Z');
const parse = (text: string) => sharedParser().parse(text, { now: AT, timeZone: 'Asia/Shanghai' });

test.each([
  ['en', 'did anything go to miami since friday?'],
  ['en', 'anything to miami since last friday?'],
  ['es', '¿se mandó algo a Miami desde el viernes?'],
  ['zh', '从周五以来有寄到迈阿密的包裹吗'],
  ['zh', '周五以后寄到迈阿密的包裹'],
])('(%s) should read "%s" as Friday until today', (_, text) => {
  // Mon 7 Dec 2026 in Shanghai.
  expect(parse(text).dateRange).toEqual({ from: '2026-12-04', to: '2026-12-07' });
});

test('should keep "hasn\'t moved since friday" the day it last moved', () => {
  expect(parse("my parcel to miami hasn't moved since friday").dateRange).toBeNull();
});

import { describe, expect, test } from 'vitest';
import { PhraseMatcher } from '../../src/nlu/text/phraseMatcher.ts';

const matcher = new PhraseMatcher<string>([
  ['on hold', 'long'],
  ['on', 'short'],
  ['hold', 'hold'],
  ['3天', 'han after a digit'],
  ['到了', 'han'],
  ['-', 'dash'],
  ['a', 'one letter'],
]);

describe('PhraseMatcher', () => {
  test.each([
    ['parcel on hold', ['on hold']],
    ['moon holding', []], // Latin phrases sit on word boundaries at both ends
    ['hold on', ['hold', 'on']],
    ['ab3天前', ['3天']], // a phrase with Han in it may start inside a word
    ['包裹到了吗', ['到了']],
    ['x-y', ['-']],
    ['a ba', ['a']],
    ['', []],
  ])('should find in %j the phrases %j, longest first, without overlaps', (text, phrases) => {
    expect(matcher.findAll(text).map((h) => h.phrase)).toEqual(phrases);
  });

  test('should find Chinese names in mixed text and none in Latin text', () => {
    const names = new PhraseMatcher<string>([['北京', 'Beijing'], ['上海', 'Shanghai']]);
    expect(names.findAll('parcel to beijing')).toEqual([]);
    expect(names.findAll('寄到北京 from 上海').map((h) => h.value)).toEqual(['Beijing', 'Shanghai']);
  });

  test('should report where each hit is', () => {
    expect(matcher.findAll('put on hold')).toEqual([{ index: 4, end: 11, phrase: 'on hold', value: 'long' }]);
  });
});

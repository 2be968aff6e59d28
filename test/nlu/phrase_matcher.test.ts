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

  test('should report where each hit is', () => {
    expect(matcher.findAll('put on hold')).toEqual([{ index: 4, end: 11, phrase: 'on hold', value: 'long' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { copyAgeNote } from '../../../src/dialog/texts/copyAge.ts';

const NOW = new Date('2026-03-21T17:00:00Z');

describe('the age of a stored copy', () => {
  test.each([
    ['2026-03-21T16:59:50Z', 'en', 'This is as of 1 min ago'],
    ['2026-03-21T16:15:00Z', 'en', 'This is as of 45 min ago'],
    ['2026-03-21T15:00:00Z', 'zh', '以上信息截至2小时前'],
    ['2026-03-20T09:00:00Z', 'es', 'Estos datos son de hace 32 h'],
    ['2026-03-18T17:00:00Z', 'en', 'This is as of 3 days ago'],
  ])('should say a copy of %s in %s as "%s…"', (asOf, locale, start) => {
    expect(copyAgeNote(asOf, NOW, locale).startsWith(start)).toBe(true);
  });
});

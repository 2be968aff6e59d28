import { describe, expect, test } from 'vitest';
import { collatorFor, dateTimeFormat, formatNumber, intlTag, regionName, withDecimalMark } from '../../src/locale/index.ts';

describe('intlTag', () => {
  test.each([
    ['en', 'en-GB'],
    ['zh', 'zh-CN'],
    ['es', 'es-ES'],
    // A locale that is not a served language code is a tag already.
    ['en-US', 'en-US'],
    ['fr', 'fr'],
  ])('should format %s as %s', (locale, tag) => {
    expect(intlTag(locale)).toBe(tag);
  });
});

describe('numbers and dates the local way', () => {
  test.each([
    ['en', 2074.44, '2,074.4'],
    ['zh', 2074.44, '2,074.4'],
    ['es', 2074.44, '2074,4'],
    ['es', 12074.44, '12.074,4'],
  ])('should write %s %d as %s', (locale, value, written) => {
    expect(formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe(written);
  });

  test.each([
    ['en', '0.5'],
    ['zh', '0.5'],
    ['es', '0,5'],
  ])('should write the decimal 0.5 in %s as %s', (locale, written) => {
    expect(withDecimalMark('0.5', locale)).toBe(written);
  });

  test('should format a date with the language tag, and reuse the formatter', () => {
    const at = new Date('2026-03-03T14:05:00Z');
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'short' };
    expect(dateTimeFormat('en', options).format(at)).toBe('3 Mar');
    expect(dateTimeFormat('zh', options).format(at)).toBe('3月3日');
    expect(dateTimeFormat('en', { ...options })).toBe(dateTimeFormat('en', options));
  });
});

describe('regionName', () => {
  test.each([
    ['CA', 'en', 'Canada'],
    ['CA', 'zh', '加拿大'],
    ['CA', 'es', 'Canadá'],
    // Named by the language, not its formatting tag: en-GB would say "St Lucia".
    ['LC', 'en', 'St. Lucia'],
  ])('should name %s in %s as %s', (country, locale, name) => {
    expect(regionName(country, locale)).toBe(name);
  });
});

describe('collatorFor', () => {
  test('should sort Chinese names in pinyin order and Spanish ñ after n', () => {
    expect(['张伟', '李娜', '陈'].sort(collatorFor('zh').compare)).toEqual(['陈', '李娜', '张伟']);
    expect(['ñandú', 'nube'].sort(collatorFor('es').compare)).toEqual(['nube', 'ñandú']);
  });
});

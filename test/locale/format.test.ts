import { describe, expect, test } from 'vitest';
import { collatorFor, dateTimeFormat, formatDateTime, formatLocalDate, formatNumber, formatShortDate, intlTag, regionName, withDecimalMark } from '../../src/locale/index.ts';

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

describe('formatDateTime, formatLocalDate, formatShortDate', () => {
  test.each([
    ['en', 'Tue, 3 Mar 2026, 14:05', 'Wed, 18 Mar 2026', '18 Mar'],
    ['zh', '2026年3月3日周二 14:05', '2026年3月18日周三', '3月18日'],
    ['es', 'mar, 3 mar 2026, 14:05', 'mié, 18 mar 2026', '18 mar'],
  ])('should write %s dates as the customer does', (locale, dateTime, localDate, shortDate) => {
    expect(formatDateTime('2026-03-03T14:05:00Z', locale, 'UTC')).toBe(dateTime);
    expect(formatLocalDate('2026-03-18', locale)).toBe(localDate);
    expect(formatShortDate('2026-03-18', locale)).toBe(shortDate);
  });

  test('should show an instant on the given clock, and a calendar date without a zone shift', () => {
    expect(formatDateTime('2026-03-03T23:30:00Z', 'en', 'Asia/Shanghai')).toBe('Wed, 4 Mar 2026, 07:30');
    expect(formatLocalDate('2026-03-04', 'en')).toBe('Wed, 4 Mar 2026');
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

import { describe, expect, test } from 'vitest';
import { cityClock, formatDeliveryTime, formatPlaceTime, formatPromiseTime, formatScanTime } from '../../src/dialog/format.ts';
import { deadlineClock } from '../../src/escalation/serviceLevels.ts';
import { parseBusinessHours } from '../../src/schedule/openingHours.ts';

const TORONTO = { city: 'Toronto', country: 'CA' };
const MEXICO_CITY = { city: 'Mexico City', country: 'MX' };
const SYDNEY = { city: 'Sydney', country: 'AU' };

describe('formatDeliveryTime', () => {
  test.each([
    // Wed 19:00 in Toronto is Thu 08:00 in Shanghai: the day shown is Toronto's, and Toronto is named.
    ['2026-12-10T00:00:00Z', TORONTO, 'Asia/Shanghai', 'en', 'Wed, 9 Dec 2026, 19:00 Toronto time'],
    ['2026-12-10T00:00:00Z', TORONTO, 'Asia/Shanghai', 'zh', '多伦多时间 2026年12月9日周三 19:00'],
    ['2026-12-10T00:00:00Z', TORONTO, 'Asia/Shanghai', 'es', 'mié, 9 dic 2026, 19:00 (hora de Toronto)'],
    // Fri 19:00 in Mexico City is Sat 02:00 in Madrid.
    ['2026-12-12T01:00:00Z', MEXICO_CITY, 'Europe/Madrid', 'en', 'Fri, 11 Dec 2026, 19:00 Mexico City time'],
    ['2026-12-12T01:00:00Z', MEXICO_CITY, 'Europe/Madrid', 'zh', '墨西哥城时间 2026年12月11日周五 19:00'],
    ['2026-12-12T01:00:00Z', MEXICO_CITY, 'Europe/Madrid', 'es', 'vie, 11 dic 2026, 19:00 (hora de Ciudad de México)'],
    // The customer's own clock: nothing to name.
    ['2026-12-10T00:00:00Z', TORONTO, 'America/Toronto', 'en', 'Wed, 9 Dec 2026, 19:00'],
    ['2026-12-10T00:00:00Z', TORONTO, 'America/Toronto', 'zh', '2026年12月9日周三 19:00'],
    // Another zone on the same wall clock at that instant (New York, Toronto): nothing to name either.
    ['2026-12-10T00:00:00Z', TORONTO, 'America/New_York', 'es', 'mié, 9 dic 2026, 19:00'],
    // DST weeks: North America moved on 8 Mar 2026, Europe on 29 Mar; between them Toronto is 4 h behind London.
    ['2026-03-10T23:00:00Z', TORONTO, 'Europe/London', 'en', 'Tue, 10 Mar 2026, 19:00 Toronto time'],
    ['2026-03-07T23:00:00Z', TORONTO, 'Europe/London', 'en', 'Sat, 7 Mar 2026, 18:00 Toronto time'],
    // Europe went back on 25 Oct 2026, North America on 1 Nov.
    ['2026-10-27T23:00:00Z', TORONTO, 'Europe/Madrid', 'es', 'mar, 27 oct 2026, 19:00 (hora de Toronto)'],
    ['2026-11-02T00:00:00Z', TORONTO, 'Europe/Madrid', 'es', 'dom, 1 nov 2026, 19:00 (hora de Toronto)'],
  ])('should state %s in %j for a customer in %s (%s) as %j', (iso, place, viewer, locale, expected) => {
    expect(formatDeliveryTime(iso, place, locale, viewer)).toBe(expected);
  });

  test('should fall back to the customer\'s clock, unnamed, for a city whose zone is not known', () => {
    expect(formatDeliveryTime('2026-12-10T00:00:00Z', { city: 'Springfield', country: 'US' }, 'en', 'Asia/Shanghai')).toBe('Thu, 10 Dec 2026, 08:00');
  });
});

describe('formatScanTime', () => {
  test.each([
    // Sydney left summer time at 03:00 on Sun 5 Apr 2026 (+11 to +10); London had started it on 29 Mar.
    ['2026-04-03T22:00:00Z', 'en', 'Europe/London', 'Sat, 4 Apr 2026, 09:00 local time'],
    ['2026-04-04T23:00:00Z', 'en', 'Europe/London', 'Sun, 5 Apr 2026, 09:00 local time'],
    ['2026-04-04T23:00:00Z', 'zh', 'Europe/London', '当地时间 2026年4月5日周日 09:00'],
    ['2026-04-04T23:00:00Z', 'es', 'Europe/London', 'dom, 5 abr 2026, 09:00 (hora local)'],
    // Sydney started summer time on Sun 4 Oct 2026.
    ['2026-10-04T22:00:00Z', 'en', 'Europe/London', 'Mon, 5 Oct 2026, 09:00 local time'],
    ['2026-04-04T23:00:00Z', 'en', 'Australia/Sydney', 'Sun, 5 Apr 2026, 09:00'],
  ])('should state a Sydney scan at %s (%s, customer in %s) as %j', (at, locale, viewer, expected) => {
    expect(formatScanTime({ ...SYDNEY, at }, locale, viewer)).toBe(expected);
  });
});

describe('formatPlaceTime', () => {
  test.each([
    ['en', 'Wed, 9 Dec 2026, 19:00 Eastern Time'],
    ['zh', '北美东部时间 2026年12月9日周三 19:00'],
    ['es', 'mié, 9 dic 2026, 19:00 (hora oriental)'],
  ])('should name the zone, not the place, on a clock whose place is not to be shown (%s)', (locale, expected) => {
    expect(formatPlaceTime('2026-12-10T00:00:00Z', locale, { timeZone: 'America/Toronto', name: 'zone' }, 'Asia/Shanghai')).toBe(expected);
  });

  test('should name a city by its name in the customer\'s language', () => {
    expect(cityClock({ city: 'London', country: 'GB' }, 'zh')).toEqual({ timeZone: 'Europe/London', name: { city: '伦敦' } });
  });
});

describe('the promise of a customs ticket: the desk\'s first-response deadline, said with its day and zone', () => {
  // The desk keeps the default hours (Mon-Fri 09:00-18:00) in its zone; the customer is in the same zone.
  // The weekly calendar has no holidays, so none is tested. 20 Mar 2026 is a Friday.
  test.each([
    ['America/New_York', 'en', 'Wednesday in hours', '2026-03-18T14:00:00Z', 'Wed, 18 Mar 2026, 11:00 Eastern Time'],
    ['America/New_York', 'en', 'Wednesday evening', '2026-03-18T23:30:00Z', 'Thu, 19 Mar 2026, 10:00 Eastern Time'],
    ['America/New_York', 'en', 'Friday half an hour before closing', '2026-03-20T21:30:00Z', 'Mon, 23 Mar 2026, 09:30 Eastern Time'],
    ['America/New_York', 'en', 'Saturday noon', '2026-03-21T16:00:00Z', 'Mon, 23 Mar 2026, 10:00 Eastern Time'],
    ['America/New_York', 'en', 'Sunday 13:29', '2026-03-22T17:29:00Z', 'Mon, 23 Mar 2026, 10:00 Eastern Time'],
    ['America/New_York', 'es', 'Sunday 13:29', '2026-03-22T17:29:00Z', 'lun, 23 mar 2026, 10:00 (hora oriental)'],
    ['Asia/Shanghai', 'zh', 'Wednesday in hours', '2026-03-18T02:00:00Z', '中国标准时间 2026年3月18日周三 11:00'],
    ['Asia/Shanghai', 'zh', 'Wednesday evening', '2026-03-18T11:00:00Z', '中国标准时间 2026年3月19日周四 10:00'],
    ['Asia/Shanghai', 'zh', 'Saturday noon', '2026-03-21T04:00:00Z', '中国标准时间 2026年3月23日周一 10:00'],
    ['Asia/Shanghai', 'zh', 'Sunday 12:29', '2026-03-22T04:29:00Z', '中国标准时间 2026年3月23日周一 10:00'],
    ['Asia/Shanghai', 'en', 'Sunday 12:29', '2026-03-22T04:29:00Z', 'Mon, 23 Mar 2026, 10:00 China Standard Time'],
  ])('should promise in %s (%s) for a ticket opened on %s', (zone, locale, _when, at, expected) => {
    const deadlines = deadlineClock(parseBusinessHours('Mon-Fri 09:00-18:00', zone));
    expect(formatPromiseTime(deadlines('customs', 'standard', 'high', new Date(at)).firstResponseDue, locale, zone)).toBe(expected);
  });

  test('should keep an enterprise VIP account\'s promise around the clock, 30 minutes even on Sunday', () => {
    const deadlines = deadlineClock(parseBusinessHours('Mon-Fri 09:00-18:00', 'America/New_York'));
    expect(formatPromiseTime(deadlines('customs', 'enterprise_vip', 'high', new Date('2026-03-22T17:29:00Z')).firstResponseDue, 'en', 'America/New_York')).toBe(
      'Sun, 22 Mar 2026, 13:59 Eastern Time',
    );
  });
});

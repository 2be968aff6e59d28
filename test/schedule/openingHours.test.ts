import { describe, expect, test } from 'vitest';
import { BusinessHoursError, parseBusinessHours } from '../../src/schedule/openingHours.ts';

describe('parseBusinessHours', () => {
  test.each([
    ['Mon-Fri 09:00-18:00; Sat 10:00-14:00', { 1: [[540, 1080]], 2: [[540, 1080]], 3: [[540, 1080]], 4: [[540, 1080]], 5: [[540, 1080]], 6: [[600, 840]] }],
    ['Mon,Wed 13:00-17:00, 09:00-12:00', { 1: [[540, 720], [780, 1020]], 3: [[540, 720], [780, 1020]] }],
    ['Sat-Mon 10:00-16:00', { 6: [[600, 960]], 7: [[600, 960]], 1: [[600, 960]] }],
    ['monday-tuesday 08:30-24:00', { 1: [[510, 1440]], 2: [[510, 1440]] }],
    ['Mon 09:00-12:00; Mon 14:00-18:00', { 1: [[540, 720], [840, 1080]] }],
  ])('should read %j', (spec, week) => {
    const hours = parseBusinessHours(spec, 'Asia/Shanghai');
    expect(Object.fromEntries(hours.week)).toEqual(week);
    expect(hours).toMatchObject({ spec, timeZone: 'Asia/Shanghai' });
  });

  test.each(['24/7', 'always', ' 24/7 '])('should read %j as every day around the clock', (spec) => {
    const hours = parseBusinessHours(spec, 'UTC');
    expect([...hours.week.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([...hours.week.values()].every((v) => v.length === 1 && v[0]![0] === 0 && v[0]![1] === 1440)).toBe(true);
  });

  test.each([
    ['Mon-Fri 9-18', '"9" in "Mon-Fri 9-18" is not a time'],
    ['Mon-Fri 09:00-25:00', '"25:00"'],
    ['Mon-Fri 09:61-18:00', '"09:61"'],
    ['Mon-Fry 09:00-18:00', '"Fry" in "Mon-Fry 09:00-18:00" is not a weekday'],
    ['Mo-Fr 09:00-18:00', '"Mo"'],
    ['Mon-Fri 18:00-09:00', '"18:00-09:00" in "Mon-Fri 18:00-09:00" should be an opening before a closing time'],
    ['Mon-Fri 09:00', '"09:00" in'],
    ['Mon-Fri 09:00-12:00-18:00', '"09:00-12:00-18:00"'],
    ['Mon-Wed-Fri 09:00-18:00', '"Mon-Wed-Fri"'],
    ['Mon-Fri', '"Mon-Fri" in "Mon-Fri" should read like "Mon-Fri 09:00-18:00"'],
    ['09:00-18:00', 'should read like'],
    [' ; ', 'names no opening hours'],
    ['Mon-Fri 09:00-18:00; closed 2026-12-25, 25/12/2026', '"25/12/2026" in "Mon-Fri 09:00-18:00; closed 2026-12-25, 25/12/2026" is not a date'],
    ['Mon-Fri 09:00-18:00; closed 2026-13-01', '"2026-13-01"'],
    ['closed 2026-12-25', 'names no opening hours'],
  ])('should refuse %j with an error naming the bad part', (spec, message) => {
    expect(() => parseBusinessHours(spec, 'UTC')).toThrow(BusinessHoursError);
    expect(() => parseBusinessHours(spec, 'UTC')).toThrow(message);
  });

  test.each([
    ['Mon-Fri 09:00-18:00; closed 2026-12-25, 2027-01-01', ['2026-12-25', '2027-01-01']],
    ['closed 2026-12-25; Mon-Fri 09:00-18:00; Closed 2026-12-26', ['2026-12-25', '2026-12-26']],
    ['24/7; closed 2026-12-25', ['2026-12-25']],
    ['Mon-Fri 09:00-18:00', []],
  ])('should read the holidays of %j', (spec, holidays) => {
    const hours = parseBusinessHours(spec, 'Europe/Berlin');
    expect([...(hours.closedOn ?? [])]).toEqual(holidays);
    expect(hours.spec).toBe(spec);
    expect(hours.week.get(1)).toBeDefined();
  });
});

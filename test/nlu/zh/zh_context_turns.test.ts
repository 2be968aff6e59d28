import { describe, expect, test } from 'vitest';
import { place, testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 (18:00 in Shanghai).
const TZ = 'Asia/Shanghai';

describe('ZH follow-ups, days alone, corrections, bare places', () => {
  test.each([
    ['那寄到北京的呢？', { destination: place('Beijing', 'CN') }],
    ['还有寄往上海的那个', { destination: place('Shanghai', 'CN') }],
    ['那从广州寄来的呢', { origin: place('Guangzhou', 'CN') }],
  ])('should read "%s" as track_shipment with its entities', (text, fields) => {
    testSingleCase(text, TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p).toMatchObject(fields);
    });
  });

  test.each([
    ['15号', '2025-03-15'],
    ['14日', '2025-03-14'],
    ['十四号', '2025-03-14'],
    ['二十一号寄的', '2025-02-21'],
    ['是18号寄的', '2025-03-18'],
  ])('should read "%s" as the most recent past %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });

  test.each([['3号楼'], ['坐1号线'], ['第3号'], ['2025年3月15日寄的']])('should leave "%s" to others or find no lone day', (text) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange === null || p.dateRange.from === '2025-03-15').toBe(true));
  });

  test('should read 不是上海，是深圳 as a correction with no role', () => {
    testSingleCase('不是上海，是深圳', TZ, (p) => {
      expect(p.negatedPlaces).toEqual([place('Shanghai', 'CN')]);
      expect(p.places).toEqual([place('Shenzhen', 'CN')]);
      expect(p.origin).toBeNull();
      expect(p.destination).toBeNull();
    });
  });

  test('should give a cued correction its role', () => {
    testSingleCase('不是从上海寄的，是从深圳寄的', TZ, (p) => {
      expect(p.origin).toEqual(place('Shenzhen', 'CN'));
      expect(p.negatedPlaces).toEqual([place('Shanghai', 'CN')]);
    });
  });

  test('should not read 没到 as a correction', () => {
    testSingleCase('包裹没到上海', TZ, (p) => {
      expect(p.negatedPlaces).toEqual([]);
      expect(p.destination).toEqual(place('Shanghai', 'CN'));
    });
  });

  test('should read the bare answer 伦敦 into places', () => {
    testSingleCase('伦敦', TZ, (p) => {
      expect(p.intent).toBe('track_shipment');
      expect(p.places).toEqual([place('London', 'GB')]);
      expect(p.destination).toEqual(place('London', 'GB'));
    });
  });
});

import { describe, expect, test } from 'vitest';
import { testSingleCase } from '../helpers.ts';

// Now is Thu 2025-03-20 (18:00 in Shanghai).
const TZ = 'Asia/Shanghai';

describe('ZH weekday said with its day: the nearest date where they agree', () => {
  test.each([
    ['18号星期二寄的', '2025-03-18'],
    ['星期二18号寄的', '2025-03-18'],
    ['周一，14号到', '2025-04-14'], // the nearest Monday the 14th is in April
    ['十八号（礼拜二）发的货', '2025-03-18'],
    ['3月18号星期二寄的', '2025-03-18'], // the month said: chrono's date
    ['下周二15号送', '2025-03-25'], // next week's Tuesday: the relative weekday stands
  ])('should read "%s" as %s', (text, day) => {
    testSingleCase(text, TZ, (p) => expect(p.dateRange).toEqual({ from: day, to: day }));
  });
});

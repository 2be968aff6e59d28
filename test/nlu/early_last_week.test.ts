/**
 * "early last week", "at the start of last week", "上周初", "a principios de la semana pasada": Monday to Wednesday
 * of last week (outside tester round 6, M11: the whole week was read). Fixed now: Thursday 20 March 2025
 * (helpers.ts): last week is Mon 10 – Sun 16 March.
 */
import { expect, test } from 'vitest';
import { testSingleCase } from './helpers.ts';

test.each([
  ['en', 'anything to chicago early last week?', 'Europe/London'],
  ['en', 'what did we send at the start of last week?', 'Europe/London'],
  ['en', 'parcels from the beginning of last week', 'Europe/London'],
  ['zh', '上周初寄往洛杉矶的', 'Asia/Shanghai'],
  ['zh', '上个星期初寄的包裹', 'Asia/Shanghai'],
  ['es', '¿algo a berlín a principios de la semana pasada?', 'Europe/Madrid'],
  ['es', 'lo mandé a comienzos de la semana pasada', 'Europe/Madrid'],
])('(%s) should read "%s" as Monday to Wednesday of last week', (_, text, tz) => {
  testSingleCase(text, tz, (p) => expect(p.dateRange).toEqual({ from: '2025-03-10', to: '2025-03-12' }));
});

test.each([
  ['en', 'what did we send last week?'],
  ['zh', '上周寄的包裹'],
  ['es', '¿qué enviamos la semana pasada?'],
])('(%s) should keep "%s" the whole of last week', (_, text) => {
  testSingleCase(text, 'Europe/London', (p) => expect(p.dateRange).toEqual({ from: '2025-03-10', to: '2025-03-16' }));
});

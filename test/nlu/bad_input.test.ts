import { describe, expect, test } from 'vitest';
import { NOW, expectNoEntities, sharedParser } from './helpers.ts';

const junk = Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');

describe('bad input', () => {
  test.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['100 kB', 'where is my package from Shanghai to New York 1Z999AA10123456784 '.repeat(1600)],
    ['binary junk', junk],
    ['NUL bytes', 'track\u0000\u0001\u0002 1Z999AA10123456784'],
    ['emoji only', '📦📦🚚💨😡'],
    ['right-to-left Arabic', 'أين طردي من شنغهاي'],
    ['right-to-left Hebrew', 'איפה החבילה שלי'],
    ['punctuation only', '?!?!...'],
  ])('should give a valid out_of_scope result with no entities for %s', (_name, text) => {
    const p = sharedParser().parse(text, { now: NOW, timeZone: 'UTC' });
    expect(p.intent).toBe('out_of_scope');
    expect(p.confidence).toBeGreaterThanOrEqual(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
    expect(['en', 'zh', 'es']).toContain(p.language);
    expectNoEntities(p);
    expect(p.statusHints).toEqual([]);
  });

  test('should not crash on a non-string, a bad date or an unknown zone', () => {
    const parser = sharedParser();
    expect(parser.parse(undefined as unknown as string, { now: NOW, timeZone: 'UTC' }).intent).toBe('out_of_scope');
    expect(() => parser.parse('shipped yesterday', { now: new Date(Number.NaN), timeZone: 'UTC' })).not.toThrow();
    expect(parser.parse('shipped yesterday', { now: NOW, timeZone: 'Mars/Olympus' }).dateRange).toEqual({ from: '2025-03-19', to: '2025-03-19' });
  });
});

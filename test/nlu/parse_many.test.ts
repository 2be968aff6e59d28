import { describe, expect, test } from 'vitest';
import { Parser } from '../../src/nlu/Parser.ts';
import type { ParseContext } from '../../src/nlu/types.ts';
import { loadDevSets } from '../../src/nlu/dev/devSets.ts';
import { NOW } from './helpers.ts';

/**
 * parseMany runs the pipeline stage by stage over a batch; each message must come out exactly as
 * parse() gives it alone: languages mixed, bad input, other zones and clocks, --explain.
 */
describe('Parser.parseMany', () => {
  const parser = new Parser();
  const odd: [string, ParseContext][] = [
    ['', { now: NOW, timeZone: 'UTC' }],
    ['\u0000\u0001binary', { now: NOW, timeZone: 'UTC' }],
    ['😀😀😀', { now: NOW, timeZone: 'UTC' }],
    ['shipped yesterday to Paris', { now: new Date('2025-03-20T23:30:00Z'), timeZone: 'Pacific/Kiritimati' }],
    ['帮我查一下寄到New York的包裹', { now: NOW, timeZone: 'Asia/Shanghai', explain: true }],
    ['el paquete que mandé el 15 de marzo a Sevilla', { now: NOW, timeZone: 'Europe/Madrid' }],
    ['where is 1Z999AA10123456784', { now: NOW, timeZone: 'Not/AZone' }],
  ];

  test('should give every message of a batch what parse() gives it alone', () => {
    const requests = [
      ...loadDevSets().flatMap((set) => set.cases.map((c) => ({ text: c.text, ctx: { now: set.now, timeZone: set.timeZone } }))),
      ...odd.map(([text, ctx]) => ({ text, ctx })),
    ];
    const many = parser.parseMany(requests);
    expect(many).toHaveLength(requests.length);
    const differing = requests.filter((r, i) => JSON.stringify(many[i]) !== JSON.stringify(parser.parse(r.text, r.ctx))).map((r) => r.text);
    expect(differing).toEqual([]);
  });

  test('should answer an empty batch with nothing', () => {
    expect(parser.parseMany([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ParsingContext, Span } from '../../../src/nlu/pipeline/types.ts';
import { OverlapRefiner } from '../../../src/nlu/refiners/OverlapRefiner.ts';

const ctx = {} as ParsingContext;

function span(kind: Span['kind'], index: number, end: number): Span {
  const base = { index, end, text: 'x'.repeat(end - index), source: `test:${kind}@${index}` };
  switch (kind) {
    case 'place':
      return { ...base, kind, value: { name: 'Paris', country: 'FR' }, role: null, score: 1 };
    case 'date':
      return { ...base, kind, value: { from: '2025-03-15', to: '2025-03-15' } };
    default:
      return { ...base, kind, value: 'v' } as Span;
  }
}

/** Spans in the pipeline's order: by start, the longer first. */
const ordered = (spans: Span[]) => [...spans].sort((a, b) => a.index - b.index || b.end - a.end);
const ids = (spans: readonly Span[]) => spans.map((s) => s.source);

describe('OverlapRefiner', () => {
  const cases: { name: string; spans: Span[]; kept: string[] }[] = [
    { name: 'nothing', spans: [], kept: [] },
    { name: 'one span', spans: [span('date', 0, 5)], kept: ['test:date@0'] },
    { name: 'disjoint spans, all kept in order', spans: [span('place', 0, 5), span('date', 6, 10), span('status', 10, 12)], kept: ['test:place@0', 'test:date@6', 'test:status@10'] },
    { name: 'a tracking number beats a date inside it', spans: [span('tracking', 0, 18), span('date', 4, 8)], kept: ['test:tracking@0'] },
    { name: 'a date beats an overlapping place', spans: [span('place', 0, 6), span('date', 4, 10)], kept: ['test:date@4'] },
    { name: 'within a kind the longer wins', spans: [span('date', 0, 4), span('date', 2, 12)], kept: ['test:date@2'] },
    { name: 'within a kind and length the earlier wins', spans: [span('place', 0, 5), span('place', 3, 8)], kept: ['test:place@0'] },
    { name: 'an overlap after disjoint spans', spans: [span('status', 0, 3), span('place', 5, 9), span('date', 8, 14)], kept: ['test:status@0', 'test:date@8'] },
    { name: 'two spans on the same start', spans: [span('place', 3, 9), span('date', 3, 6)], kept: ['test:date@3'] },
  ];
  it.each(cases)('$name', ({ spans, kept }) => {
    expect(ids(new OverlapRefiner().refine(ctx, ordered(spans)))).toEqual(kept);
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { getGazetteer } from '../../src/geo/index.ts';
import { measureThroughput } from '../../src/nlu/bench.ts';
import { Parser } from '../../src/nlu/Parser.ts';
import type { DevSet } from './dev/devSets.ts';
import { NOW } from './helpers.ts';

const set = (language: DevSet['language'], texts: string[]): DevSet => ({
  language,
  timeZone: 'UTC',
  now: NOW,
  cases: texts.map((text) => ({ text, intent: 'track_shipment' }) as DevSet['cases'][number]),
});

describe('throughput bench (figures only; no timing is asserted)', () => {
  afterEach(() => vi.restoreAllMocks());

  test('should start every pass of the full parse with the fuzzy memo empty, so repeated messages do not find their own answers', () => {
    const forget = vi.spyOn(getGazetteer(), 'forgetFuzzyAnswers');
    const fuzzy = vi.spyOn(getGazetteer(), 'fuzzy');
    const sets = [set('en', ['parcel sent to Manchestr']), set('zh', ['寄到北京的包裹']), set('es', ['enviado a Barcelna'])];
    const figures = measureThroughput(new Parser(), sets, [], { now: NOW, timeZone: 'UTC' }, { cpuMs: 3, warmUpMs: 1, perMessageRepetitions: 1 });
    expect(figures.map((f) => f.label)).toEqual(['en', 'zh', 'es']);
    // The misspelt town is looked up once per pass of its message, and each pass begins by forgetting.
    const manchestr = fuzzy.mock.calls.filter(([key]) => key === 'manchestr').length;
    expect(manchestr).toBeGreaterThan(1);
    expect(forget.mock.calls.length).toBeGreaterThanOrEqual(manchestr);
  });

  test('should compare with the chrono locale parser the pipeline uses for each language', () => {
    const sets = [set('en', ['where is my parcel']), set('zh', ['我的包裹在哪']), set('es', ['dónde está mi paquete'])];
    const figures = measureThroughput(new Parser(), sets, [], { now: NOW, timeZone: 'UTC' }, { cpuMs: 3, warmUpMs: 1, perMessageRepetitions: 1 });
    expect(figures.map((f) => f.reference)).toEqual(['chrono.en.parse', 'chrono.zh.hans.parse', 'chrono.es.parse']);
  });

  test('should also compare message by message, the full parse paying its fuzzy lookups each time', () => {
    // fuzzyUncached is the gazetteer's real search, behind its memo of answers.
    const search = vi.spyOn(getGazetteer() as unknown as { fuzzyUncached(key: string): unknown }, 'fuzzyUncached');
    const sets = [set('en', ['parcel sent to Manchestr', 'where is my parcel']), set('zh', []), set('es', [])];
    // No CPU budget: one warm-up pass and three timed passes, one message at a time and in batches,
    // each beginning with the memo empty.
    const [en] = measureThroughput(new Parser(), sets, [], { now: NOW, timeZone: 'UTC' }, { cpuMs: 0, warmUpMs: 0, perMessageRepetitions: 4 });
    expect(en!.perMessage.repetitions).toBe(4);
    expect(en!.perMessage.median).toBeGreaterThan(0);
    expect(en!.perMessage.p90).toBeGreaterThanOrEqual(en!.perMessage.median);
    expect(en!.perMessage.withinTwice).toBeGreaterThanOrEqual(0);
    expect(en!.perMessage.withinTwice).toBeLessThanOrEqual(1);
    // 4 + 4 passes, then 3 batches of 4 parses of the misspelt message, each after the memo was emptied.
    expect(search.mock.calls.filter(([key]) => key === 'manchestr')).toHaveLength(4 + 4 + 3 * 4);
  });
});

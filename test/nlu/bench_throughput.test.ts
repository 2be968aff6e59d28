import { afterEach, describe, expect, test, vi } from 'vitest';
import { getGazetteer } from '../../src/geo/index.ts';
import { measureParts, measureThroughput } from '../../src/nlu/bench.ts';
import { Parser } from '../../src/nlu/Parser.ts';
import type { DevSet } from '../../src/nlu/dev/devSets.ts';
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

describe('where a parse\'s time goes (figures only)', () => {
  const ctx = { now: NOW, timeZone: 'UTC' };

  test('should time every part of the language\'s pipeline, then the whole parse, over that language\'s messages only', () => {
    const parser = new Parser();
    const passes: number[] = [];
    // A timer that runs each pass once and says it took 10 µs: the answer is per message.
    const { messages, parts: costs } = parser.partCosts('en', ['where is my parcel', 'dónde está mi paquete', 'sent to Paris yesterday'], ctx, (pass) => {
      pass();
      passes.push(1);
      return 10;
    });
    const parts = costs.map((c) => c.part);
    expect(parts[0]).toBe('guard, normalisation, language, zone');
    expect(parts).toContain('extractor ENChronoDateExtractor');
    expect(parts).toContain('extractor ENLatinPlaceExtractor');
    expect(parts.slice(-3)).toEqual(['refiners', 'classifier', 'whole parse']);
    expect(passes).toHaveLength(costs.length);
    // Two of the three messages are English: 10 µs per pass is 5 µs per message.
    expect(messages).toEqual(['where is my parcel', 'sent to Paris yesterday']);
    expect(costs.every((c) => c.us === 5)).toBe(true);
  });

  test('should run each part over the prepared messages, and the classifier on their lower-cased text', () => {
    const parser = new Parser();
    const classify = vi.spyOn((parser as unknown as { classifier: { classify(lower: string): unknown } }).classifier, 'classify');
    parser.partCosts('en', ['Where is my PARCEL'], ctx, (pass) => (pass(), 1));
    // Once in its own part and once in the whole parse.
    expect(classify.mock.calls.map(([lower]) => lower)).toEqual(['where is my parcel', 'where is my parcel']);
  });

  test('should report each language beside its chrono reference, extractors named without the language prefix', () => {
    const sets = [set('en', ['where is my parcel']), set('zh', ['我的包裹在哪']), set('es', ['dónde está mi paquete'])];
    const breakdown = measureParts(new Parser(), sets, [], ctx, 0);
    expect(breakdown.map((b) => [b.label, b.messages])).toEqual([['en', 1], ['zh', 1], ['es', 1]]);
    for (const b of breakdown) {
      expect(b.chronoUs).toBeGreaterThan(0);
      expect(b.parts.map((p) => p.part)).toContain('extractor LatinPlaceExtractor');
      expect(b.parts.at(-1)!.part).toBe('whole parse');
    }
    // The Chinese place extractor runs in every pipeline (mixed script) and keeps its name.
    expect(breakdown[0]!.parts.map((p) => p.part)).toContain('extractor ZHPlaceExtractor');
  });
});

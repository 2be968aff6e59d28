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
    const figures = measureThroughput(new Parser(), sets, [], { now: NOW, timeZone: 'UTC' }, { cpuMs: 3, warmUpMs: 1 });
    expect(figures.map((f) => f.label)).toEqual(['en', 'zh', 'es']);
    // The misspelt town is looked up once per pass of its message, and each pass begins by forgetting.
    const manchestr = fuzzy.mock.calls.filter(([key]) => key === 'manchestr').length;
    expect(manchestr).toBeGreaterThan(1);
    expect(forget.mock.calls.length).toBeGreaterThanOrEqual(manchestr);
  });

  test('should compare with the chrono locale parser the pipeline uses for each language', () => {
    const sets = [set('en', ['where is my parcel']), set('zh', ['我的包裹在哪']), set('es', ['dónde está mi paquete'])];
    const figures = measureThroughput(new Parser(), sets, [], { now: NOW, timeZone: 'UTC' }, { cpuMs: 3, warmUpMs: 1 });
    expect(figures.map((f) => f.reference)).toEqual(['chrono.en.parse', 'chrono.zh.hans.parse', 'chrono.es.parse']);
  });
});

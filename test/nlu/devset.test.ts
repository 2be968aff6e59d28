import { describe, expect, test } from 'vitest';
import { createParser } from '../../src/nlu/index.ts';
import { EVALUATED_FIELDS, evaluateDevSet } from '../../src/nlu/devEvaluation.ts';
import { loadDevSets } from '../../src/nlu/dev/devSets.ts';

const MIN_ACCURACY = 0.95;
const MIN_CASES = { en: 300, zh: 200, es: 40 } as const;

describe('dev set (team-written, labelled)', () => {
  const parser = createParser();
  for (const set of loadDevSets()) {
    test(`should have at least ${MIN_CASES[set.language]} ${set.language} cases`, () => {
      expect(set.cases.length).toBeGreaterThanOrEqual(MIN_CASES[set.language]);
    });

    test(`should reach ${MIN_ACCURACY * 100}% intent and per-field accuracy on ${set.language}`, () => {
      const report = evaluateDevSet(parser, set.cases, set.now, set.timeZone);
      const summary = [
        `intent ${(report.intentAccuracy * 100).toFixed(1)}%`,
        ...EVALUATED_FIELDS.map((f) => `${f} ${(report.fieldAccuracy[f] * 100).toFixed(1)}%`),
        ...report.failures.map((f) => `  ${f.text}: ${f.problems.join('; ')}`),
      ].join('\n');
      expect(report.intentAccuracy, summary).toBeGreaterThanOrEqual(MIN_ACCURACY);
      for (const f of EVALUATED_FIELDS) expect(report.fieldAccuracy[f], `${f}\n${summary}`).toBeGreaterThanOrEqual(MIN_ACCURACY);
    });
  }
});

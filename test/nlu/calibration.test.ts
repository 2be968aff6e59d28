import { describe, expect, test } from 'vitest';
import { INTENTS } from '../../intents/index.ts';
import { fitCalibration, splitExamples } from '../../src/nlu/classifier/calibration.ts';
import { CALIBRATED_TEMPERATURE, OUT_OF_SCOPE_THRESHOLD } from '../../src/nlu/classifier/IntentClassifier.ts';

describe('classifier calibration', () => {
  test('should hold out every fifth example of each intent and language', () => {
    const { train, heldOut } = splitExamples(INTENTS);
    const all = INTENTS.reduce((n, d) => n + Object.values(d.examples).flat().length, 0);
    const kept = train.reduce((n, d) => n + Object.values(d.examples).flat().length, 0);
    expect(kept + heldOut.length).toBe(all);
    expect(heldOut.length).toBeGreaterThan(all / 6);
  });

  test('should have constants that a re-fit on the held-out split reproduces', () => {
    const fit = fitCalibration(INTENTS);
    expect(fit.temperature).toBeCloseTo(CALIBRATED_TEMPERATURE, 3);
    expect(fit.outOfScopeThreshold).toBeCloseTo(OUT_OF_SCOPE_THRESHOLD, 2);
  });
});

import type { IntentName } from '../types.ts';

export interface TrainingExample {
  intent: IntentName;
  features: string[];
  text: string;
}

/**
 * Multinomial naive Bayes over binary features with a uniform prior (class sizes in intents/
 * say nothing about how often people ask). Scores are mean log-likelihoods per known feature,
 * so short and long messages land on one scale for calibration.
 */
export class NaiveBayesModel {
  readonly classes: IntentName[];
  private readonly logProb = new Map<string, Float64Array>();
  private readonly unseenLogProb: Float64Array;

  constructor(examples: readonly TrainingExample[], private readonly alpha = 0.2) {
    this.classes = [...new Set(examples.map((e) => e.intent))];
    const index = new Map(this.classes.map((c, i) => [c, i] as const));
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(this.classes.length);
    for (const ex of examples) {
      const c = index.get(ex.intent)!;
      for (const f of ex.features) {
        let row = counts.get(f);
        if (!row) counts.set(f, (row = new Float64Array(this.classes.length)));
        row[c]! += 1;
        totals[c]! += 1;
      }
    }
    const vocab = counts.size;
    this.unseenLogProb = new Float64Array(this.classes.length);
    for (let c = 0; c < this.classes.length; c++) this.unseenLogProb[c] = Math.log(alpha / (totals[c]! + alpha * vocab));
    for (const [f, row] of counts) {
      const lp = new Float64Array(this.classes.length);
      for (let c = 0; c < this.classes.length; c++) lp[c] = Math.log((row[c]! + alpha) / (totals[c]! + alpha * vocab));
      this.logProb.set(f, lp);
    }
  }

  has(feature: string): boolean {
    return this.logProb.has(feature);
  }

  /** Mean log-likelihood per class over the known features, and how many were known. */
  score(features: readonly string[]): { scores: Float64Array; known: number } {
    const scores = new Float64Array(this.classes.length);
    let known = 0;
    for (const f of features) {
      const lp = this.logProb.get(f);
      if (!lp) continue;
      known++;
      for (let c = 0; c < scores.length; c++) scores[c]! += lp[c]!;
    }
    if (known > 0) for (let c = 0; c < scores.length; c++) scores[c]! /= known;
    return { scores, known };
  }

  /** The features that most favour `intent` over the average class, for --explain. */
  topFeatures(features: readonly string[], intent: IntentName, n: number): string[] {
    const c = this.classes.indexOf(intent);
    if (c < 0) return [];
    const scored: [string, number][] = [];
    for (const f of features) {
      const lp = this.logProb.get(f);
      if (!lp) continue;
      let mean = 0;
      for (const v of lp) mean += v;
      mean /= lp.length;
      scored.push([f, lp[c]! - mean]);
    }
    return scored.sort((a, b) => b[1] - a[1]).slice(0, n).map(([f]) => f);
  }
}

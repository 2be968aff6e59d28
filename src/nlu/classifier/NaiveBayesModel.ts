import type { IntentName } from '../types.ts';
import { FeatureIndex, forEachFeatureHash, type FeatureSink } from './featureHashing.ts';

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
export class NaiveBayesModel implements FeatureSink {
  readonly classes: IntentName[];
  private readonly logProb = new Map<string, Float64Array>();
  private readonly unseenLogProb: Float64Array;
  /** Hashed feature -> row of `weights` (row * classes + class): the per-message path. */
  private readonly index: FeatureIndex;
  private readonly weights: Float64Array;
  /** Per row, the call in which it was last counted: binary features without a Set per message. */
  private readonly seenIn: Int32Array;
  private call = 0;
  /** The message being scored (scoreText is synchronous and not re-entrant). */
  private scores = new Float64Array(0);
  private known = 0;

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
    const nc = this.classes.length;
    this.index = new FeatureIndex(this.logProb.size);
    this.weights = new Float64Array(this.logProb.size * nc);
    this.seenIn = new Int32Array(this.logProb.size);
    let row = 0;
    for (const [f, lp] of this.logProb) {
      this.index.add(f, row);
      this.weights.set(lp, row * nc);
      row++;
    }
  }

  /**
   * score(intentFeatures(lower)) without building feature strings: hashed n-grams looked up in an
   * integer index, log-weights added from one typed array. Same sums in the same order.
   */
  scoreText(lower: string): { scores: Float64Array; known: number } {
    const nc = this.classes.length;
    if (++this.call === 0x7fffffff) {
      this.seenIn.fill(0);
      this.call = 1;
    }
    this.scores = new Float64Array(nc);
    this.known = 0;
    forEachFeatureHash(lower, this);
    const { scores, known } = this;
    if (known > 0) for (let c = 0; c < nc; c++) scores[c]! /= known;
    return { scores, known };
  }

  /** FeatureSink: adds a known feature's log-weights once per message. */
  feature(a: number, b: number): void {
    const row = this.index.get(a, b);
    if (row < 0 || this.seenIn[row] === this.call) return;
    this.seenIn[row] = this.call;
    this.known++;
    const nc = this.classes.length;
    const base = row * nc;
    const scores = this.scores;
    for (let c = 0; c < nc; c++) scores[c]! += this.weights[base + c]!;
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

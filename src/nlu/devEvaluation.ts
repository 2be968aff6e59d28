import type { IntentName, NluParser, Parse } from './types.ts';

/** One labelled message of a dev set (see test/nlu/dev/devFormat.ts). */
export interface LabelledCase {
  text: string;
  intent: IntentName;
  expected: Pick<Parse, 'trackingNumbers' | 'invalidTrackingNumbers' | 'accountNumber' | 'dateRange' | 'origin' | 'destination'> & {
    places: NonNullable<Parse['places']>;
    negatedPlaces: NonNullable<Parse['negatedPlaces']>;
  };
}

export const EVALUATED_FIELDS = [
  'trackingNumbers',
  'invalidTrackingNumbers',
  'accountNumber',
  'dateRange',
  'origin',
  'destination',
  'places',
  'negatedPlaces',
] as const;
export type EvaluatedField = (typeof EVALUATED_FIELDS)[number];

export interface DevReport {
  cases: number;
  intentAccuracy: number;
  /** Share of cases where the field equals the label exactly (null and [] count as values). */
  fieldAccuracy: Record<EvaluatedField, number>;
  failures: { text: string; problems: string[] }[];
}

/** Intent accuracy and per-field exact-match accuracy of `parser` on labelled cases. */
export function evaluateDevSet(parser: NluParser, cases: readonly LabelledCase[], now: Date, timeZone: string): DevReport {
  let intentRight = 0;
  const fieldRight = Object.fromEntries(EVALUATED_FIELDS.map((f) => [f, 0])) as Record<EvaluatedField, number>;
  const failures: DevReport['failures'] = [];
  for (const c of cases) {
    const got = parser.parse(c.text, { now, timeZone });
    const problems: string[] = [];
    if (got.intent === c.intent) intentRight++;
    else problems.push(`intent ${got.intent} (${got.confidence}) != ${c.intent}`);
    for (const f of EVALUATED_FIELDS) {
      const a = JSON.stringify(got[f] === undefined ? [] : got[f]);
      const b = JSON.stringify(c.expected[f]);
      if (a === b) fieldRight[f]++;
      else problems.push(`${f} ${a} != ${b}`);
    }
    if (problems.length) failures.push({ text: c.text, problems });
  }
  const n = Math.max(1, cases.length);
  return {
    cases: cases.length,
    intentAccuracy: intentRight / n,
    fieldAccuracy: Object.fromEntries(EVALUATED_FIELDS.map((f) => [f, fieldRight[f] / n])) as Record<EvaluatedField, number>,
    failures,
  };
}

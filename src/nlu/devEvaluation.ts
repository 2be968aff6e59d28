import type { AskedAbout, DateRole, IntentName, NluParser, Parse, PlaceRoleName } from './types.ts';

/** One labelled message of a dev set (see src/nlu/dev/devFormat.ts). */
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
    compareFields(EVALUATED_FIELDS, (f) => (got[f] === undefined ? [] : got[f]), (f) => c.expected[f], fieldRight, problems);
    if (problems.length) failures.push({ text: c.text, problems });
  }
  const n = Math.max(1, cases.length);
  return {
    cases: cases.length,
    intentAccuracy: intentRight / n,
    fieldAccuracy: shares(EVALUATED_FIELDS, fieldRight, n),
    failures,
  };
}

/** Compares each field of a parse with its label as JSON: a match counts in `right`, a mismatch is listed in `problems`. */
function compareFields<F extends string>(fields: readonly F[], got: (f: F) => unknown, want: (f: F) => unknown, right: Record<F, number>, problems: string[]): void {
  for (const f of fields) {
    const a = JSON.stringify(got(f));
    const b = JSON.stringify(want(f));
    if (a === b) right[f]++;
    else problems.push(`${f} ${a} != ${b}`);
  }
}

/** Counts per field as shares of `n` cases. */
function shares<F extends string>(fields: readonly F[], right: Record<F, number>, n: number): Record<F, number> {
  return Object.fromEntries(fields.map((f) => [f, right[f] / n])) as Record<F, number>;
}

/** A dev case's role labels (issue 15): what each place, the date and the status words are for. */
export interface ExpectedRoles {
  /** Places by English name (and country when given), with their roles; compared without regard to order or accents. */
  placeRoles: { name: string; country?: string; role: PlaceRoleName }[];
  newAddress: string | null;
  dateRole: DateRole | null;
  asks: AskedAbout[];
  statusHints: string[];
}

export const ROLE_FIELDS = ['newAddress', 'dateRole', 'asks', 'statusHints'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

export interface RoleReport {
  cases: number;
  /** Labelled places, and how many of them the parse names with the right role, a wrong role, or not at all. */
  labelled: number;
  right: number;
  wrongRole: number;
  missing: number;
  /** Places the parse gives a role that no label names. */
  extra: number;
  /** right / (labelled + extra): a missed place and an invented one both count against it. */
  accuracy: number;
  /** Exact-match accuracy of the other role fields; null when not evaluated (the intent dev sets label places only). */
  fieldAccuracy: Record<RoleField, number> | null;
  failures: { text: string; problems: string[] }[];
}

/**
 * Role accuracy of `parser` on role-labelled cases: each labelled place must be in Parse.placeRoles with
 * its role. With `allFields`, newAddress, dateRole, asks (as a set) and statusHints (as a set) must
 * equal their labels too.
 */
export function evaluateRoles(
  parser: NluParser,
  cases: readonly { text: string; roles: ExpectedRoles }[],
  now: Date,
  timeZone: string,
  allFields: boolean,
): RoleReport {
  let labelled = 0;
  let right = 0;
  let wrongRole = 0;
  let missing = 0;
  let extra = 0;
  const fieldRight = Object.fromEntries(ROLE_FIELDS.map((f) => [f, 0])) as Record<RoleField, number>;
  const failures: RoleReport['failures'] = [];
  for (const c of cases) {
    const got = parser.parse(c.text, { now, timeZone });
    const problems: string[] = [];
    const left = [...(got.placeRoles ?? [])];
    for (const want of c.roles.placeRoles) {
      labelled++;
      const at = left.findIndex((g) => samePlaceName(g.place.name, want.name) && (!want.country || g.place.country === want.country));
      if (at < 0) {
        missing++;
        problems.push(`missing ${want.name}:${want.role}`);
        continue;
      }
      const [g] = left.splice(at, 1);
      if (g!.role === want.role) right++;
      else {
        wrongRole++;
        problems.push(`${want.name} is ${g!.role}, not ${want.role}`);
      }
    }
    extra += left.length;
    for (const g of left) problems.push(`extra ${g.place.name}:${g.role} ("${g.text}")`);
    if (allFields) {
      const gotRoles: ExpectedRoles = {
        placeRoles: [],
        newAddress: got.newAddress ?? null,
        dateRole: got.dateRole ?? null,
        asks: [...(got.asks ?? [])].sort(),
        statusHints: [...got.statusHints].sort(),
      };
      const wantRoles: ExpectedRoles = { ...c.roles, asks: [...c.roles.asks].sort(), statusHints: [...c.roles.statusHints].sort() };
      compareFields(ROLE_FIELDS, (f) => gotRoles[f], (f) => wantRoles[f], fieldRight, problems);
    }
    if (problems.length) failures.push({ text: c.text, problems });
  }
  const n = Math.max(1, cases.length);
  return {
    cases: cases.length,
    labelled,
    right,
    wrongRole,
    missing,
    extra,
    accuracy: labelled + extra === 0 ? 1 : right / (labelled + extra),
    fieldAccuracy: allFields ? shares(ROLE_FIELDS, fieldRight, n) : null,
    failures,
  };
}

/** Place names compared without case or accents ("Bogotá" = "Bogota"). */
function samePlaceName(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(a) === fold(b);
}

import { describe, expect, test } from 'vitest';
import { createParser } from '../../../src/nlu/index.ts';
import { evaluateRoles, ROLE_FIELDS, type RoleReport } from '../../../src/nlu/devEvaluation.ts';
import { loadDevSets, loadRoleSets } from '../../../src/nlu/dev/devSets.ts';

/** Issue 15's target for role accuracy on the sets tuned on. */
const MIN_ROLE_ACCURACY = 0.97;
/** The other role fields of the tuned role sets (newAddress, dateRole, asks, statusHints). */
const MIN_FIELD_ACCURACY = 0.95;
/** The held-out role sets are measured (npm run bench); this floor only catches a collapse. */
const MIN_HELD_OUT_ACCURACY = 0.75;
const MIN_ROLE_CASES = 40;

const summary = (r: RoleReport) =>
  [`role accuracy ${(r.accuracy * 100).toFixed(1)}%`, ...r.failures.map((f) => `  ${f.text}: ${f.problems.join('; ')}`)].join('\n');

describe('role-labelled dev sets (issue 15)', () => {
  const parser = createParser();
  const intentSets = loadDevSets();
  for (const set of loadRoleSets()) {
    test(`should have at least ${MIN_ROLE_CASES} ${set.language} role cases, some held out`, () => {
      expect(set.tuned.length + set.heldOut.length).toBeGreaterThanOrEqual(MIN_ROLE_CASES);
      expect(set.heldOut.length).toBeGreaterThan(0);
    });

    test(`should put ${MIN_ROLE_ACCURACY * 100}% of the labelled ${set.language} places in their roles`, () => {
      const dev = intentSets.find((d) => d.language === set.language)!;
      const cases = [...dev.cases, ...set.tuned];
      const r = evaluateRoles(parser, cases, set.now, set.timeZone, false);
      expect(r.accuracy, summary(r)).toBeGreaterThanOrEqual(MIN_ROLE_ACCURACY);
    });

    test(`should read ${MIN_FIELD_ACCURACY * 100}% of the ${set.language} role set's new addresses, date roles, questions and status words`, () => {
      const r = evaluateRoles(parser, set.tuned, set.now, set.timeZone, true);
      for (const f of ROLE_FIELDS) expect(r.fieldAccuracy![f], `${f}\n${summary(r)}`).toBeGreaterThanOrEqual(MIN_FIELD_ACCURACY);
    });

    test(`should not collapse on the held-out ${set.language} role cases`, () => {
      const r = evaluateRoles(parser, set.heldOut, set.now, set.timeZone, true);
      expect(r.accuracy, summary(r)).toBeGreaterThanOrEqual(MIN_HELD_OUT_ACCURACY);
    });
  }
});

import type { Action } from '../decision.ts';
import type { RunResult } from '../resolveRunner.ts';
import { accountFlowRunners } from './accountFlow.ts';
import { arrivalRunners } from './arrivals.ts';
import { accountRunners } from './accounts.ts';
import { customsRulesRunners } from './customsRules.ts';
import { deliveryChangeRunners } from './deliveryChanges.ts';
import { escalateRunners } from './escalate.ts';
import { linkingRunners } from './linking.ts';
import { parcelTaskRunners } from './parcelTask.ts';
import { satisfactionRunners } from './satisfaction.ts';
import { searchRunners } from './search.ts';
import { smallTalkRunners } from './smallTalk.ts';
import { streetRunners } from './streets.ts';
import { subscriptionRunners } from './subscriptions.ts';
import { ticketRunners } from './tickets.ts';
import { trackRunners } from './track.ts';
import type { Runner, RunnerContext, RunnerTable } from './types.ts';

/**
 * The runner families, one file each. A new action kind is a case of `Action` (decision.ts) and a
 * runner in one of these families (or a new file and one line here): `RUNNERS` below does not type
 * check until every kind has one. The order does not matter: each kind has exactly one runner.
 */
export const RUNNER_FAMILIES = Object.freeze({
  trackRunners,
  searchRunners,
  arrivalRunners,
  parcelTaskRunners,
  linkingRunners,
  accountRunners,
  accountFlowRunners,
  smallTalkRunners,
  escalateRunners,
  satisfactionRunners,
  ticketRunners,
  subscriptionRunners,
  customsRulesRunners,
  deliveryChangeRunners,
  streetRunners,
});

/** One object type with every member of the union's types. */
type Merged<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer All) => void ? All : never;
/** All the families' runners in one object type (a kind missing from every family is missing here). */
type AllRunners = Merged<(typeof RUNNER_FAMILIES)[keyof typeof RUNNER_FAMILIES]>;

/** The runner of every action kind. */
export const RUNNERS: RunnerTable = Object.freeze(Object.assign({}, ...Object.values(RUNNER_FAMILIES)) as AllRunners);

/** Carries out one action with its kind's runner. */
export function runAction(action: Action, ctx: RunnerContext): Promise<RunResult> {
  const run = RUNNERS[action.kind] as Runner<Action['kind']>;
  return run(action, ctx);
}

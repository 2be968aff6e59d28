import type { Clock } from '../../clock.ts';
import type { IdentityLinking } from '../../accounts/linking.ts';
import type { Escalation, EscalationRequest } from '../../escalation/handoffDesk.ts';
import type { DeadlineClock } from '../../escalation/serviceLevels.ts';
import type { Parse } from '../../nlu/types.ts';
import type { Store } from '../../store/store.ts';
import type { Action, ParcelTask } from '../decision.ts';
import type { RunResult } from '../resolveRunner.ts';
import type { DialogState } from '../state.ts';
import type { TurnInput } from '../types.ts';

export type { RunResult } from '../resolveRunner.ts';

/** Hands conversations to people (src/escalation/handoffDesk.ts). */
export interface Escalator {
  escalate(request: EscalationRequest): Promise<Escalation>;
  /** The desk's deadlines for a ticket opened now: what a ticket text may promise. */
  readonly deadlines: DeadlineClock;
  /** Outside opening hours: when people answer ("Mon 09:00", in the zone and language given); null while open. */
  closedUntil(timeZone: string, language: string): string | null;
  /** The notice a customer waiting for a person gets once while the bot answers them meanwhile; null when nobody waits. */
  waitingNotice?(conversationId: string, language: string): Promise<{ ticketNumber: string; text: string } | null>;
  /** Asked while waiting for a person: the place, the wait and what that person will do (or when they open); null when nobody waits. */
  waitingStatus?(conversationId: string, language: string, timeZone: string): Promise<{ ticketNumber: string; text: string } | null>;
}

/**
 * What a runner may use to carry out one request of a turn: the turn as this request sees it, the
 * dialog state as loaded (before the decision), the parse, the parcel task, and the services with
 * I/O. Each runner takes only the part it needs (a `Pick` of this), never the assistant.
 */
export interface RunnerContext {
  /** The turn, with the conversation's state and account as the requests before this one left them. */
  turn: TurnInput;
  /** The dialog state before this request's decision. */
  before: DialogState;
  parse: Parse;
  /** What to do with a parcel once found: show its status, or run a parcel flow on it. */
  task: ParcelTask;
  store: Store;
  clock: Clock;
  linking: IdentityLinking;
  desk: Escalator;
}

/** The action of one kind. */
export type ActionOf<K extends Action['kind']> = Extract<Action, { kind: K }>;

/** Carries out one kind of action: the only place the dialog does I/O. */
export type Runner<K extends Action['kind']> = (action: ActionOf<K>, ctx: RunnerContext) => Promise<RunResult>;

/** A runner for every action kind: TypeScript fails when a new kind has none (runners/registry.ts). */
export type RunnerTable = { readonly [K in Action['kind']]: Runner<K> };

/** The runners one file provides (a small family of action kinds). */
export type RunnerFamily = Partial<RunnerTable>;

/**
 * Automatic assignment (AUTO_ASSIGN=on): whenever the desk changes (a conversation starts waiting, an
 * agent becomes available, finishes or releases one), the waiting handoffs go to available agents as
 * src/escalation/assignmentChoice.ts chooses, through the desk's claim path (the customer hears the
 * agent joined, the audit says it was automatic). Passes run one at a time; changes during a pass ask
 * for one more. Several instances may run at once: the claim's compare-and-set lets one win each
 * handoff. A handoff opened in a customer's turn is held quiet while the turn runs: its own reply
 * says who joined, so the notice never arrives before the turn's answer. Tickets the bot opened
 * without a handoff (customs, exception, billing dispute, address) are handed out with the handoffs
 * once the ticket side gives its work (`takeTickets`); their load counts toward an agent's capacity.
 */
import type { Clock } from '../clock.ts';
import type { AgentRecord, HandoffRecord } from '../store/handoffRecords.ts';
import type { Store } from '../store/store.ts';
import { availabilityOf, type AvailabilityPolicy } from './agentAvailability.ts';
import { chooseAssignments, type Assignment, type CandidateAgent, type WaitingWork } from './assignmentChoice.ts';
import type { DeskFeed } from './deskFeed.ts';
import { HELD } from './handoffStates.ts';

export interface AutoAssignerOptions {
  store: Store;
  clock: Clock;
  feed: DeskFeed;
  policy: AvailabilityPolicy;
  /** Live handoffs (queued, assigned, active), as the queue board lists them. */
  live(): Promise<HandoffRecord[]>;
  /** The desk's claim on the agent's behalf (`tell`: the customer is told who joined); false when somebody got there first. */
  claim(handoffId: number, agent: AgentRecord, tell: boolean): Promise<boolean>;
  /** A run that failed (the store was unreachable …): the next change tries again. */
  onError(error: unknown): void;
}

/**
 * Tickets without a live conversation as work to hand out (src/tickets/ticketAssignment.ts gives it):
 * the escalation side cannot reach the ticket desk, so the ticket side hands it these three.
 */
export interface TicketWork {
  /** New tickets nobody has and no handoff carries, keyed by ticket number. */
  waiting(): Promise<WaitingWork<string>[]>;
  /** How many such tickets (no live handoff) each agent has open now. */
  held(): Promise<ReadonlyMap<string, number>>;
  /** Gives the ticket to the agent; false when somebody got there first. */
  assign(ticketNumber: string, agent: AgentRecord): Promise<boolean>;
}

/** The agents as the choice sees them: availability, capacity and their load among the live handoffs. */
export function candidates(agents: readonly AgentRecord[], availability: Awaited<ReturnType<Store['agentAvailability']['list']>>, live: readonly HandoffRecord[], now: Date, policy: AvailabilityPolicy): CandidateAgent[] {
  const rows = new Map(availability.map((r) => [r.agentId, r]));
  return agents.map((a) => {
    const held = live.filter((h) => h.assignee === a.id && HELD.includes(h.state));
    const { available, capacity } = availabilityOf(rows.get(a.id) ?? null, now, policy);
    const lastAssignedAt = held.map((h) => h.assignedAt ?? '').sort().at(-1) || null;
    return { id: a.id, role: a.role, queues: a.queues, available, capacity, open: held.length, lastAssignedAt };
  });
}

/** The waiting handoffs as work to hand out. */
export function waitingWork(live: readonly HandoffRecord[]): WaitingWork<number>[] {
  return live.filter((h) => h.state === 'queued').map((h) => ({ key: h.id, queue: h.queue, rank: h.rank, waitingSince: h.queuedAt ?? h.requestedAt }));
}

export class AutoAssigner {
  /** The passes, one after another. */
  private chain: Promise<unknown> = Promise.resolve();
  /** A pass is asked for and has not started yet (more changes join it). */
  private asked = false;
  /** Handoffs whose customer's turn is still running: claimed without a notice. */
  private readonly quiet = new Set<number>();
  private tickets: TicketWork | null = null;

  constructor(private readonly o: AutoAssignerOptions) {}

  /** Hands out the tickets without a handoff too, from the next pass on. */
  takeTickets(work: TicketWork): void {
    this.tickets = work;
  }

  /**
   * A pass every `everyMs` as well as on desk changes: a ticket the bot opens in a customer's turn is
   * no desk change, so it is found by the next sweep (or the next change). Returns how to stop.
   */
  sweep(everyMs: number): () => void {
    const timer = setInterval(() => this.schedule(), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Runs on every desk change from now on; returns the function that stops it. */
  listen(): () => void {
    return this.o.feed.subscribe((event) => {
      // A handoff that starts waiting in a turn is assigned by that turn (assignInTurn); a release also says 'queue'.
      if (event.kind === 'note' || (event.kind === 'handoff' && event.handoff.state === 'queued')) return;
      this.schedule();
    });
  }

  /** Asks for a pass after the ones under way (one for any number of changes meanwhile). */
  schedule(): void {
    if (this.asked) return;
    this.asked = true;
    this.chain = this.chain.then(() => {
      this.asked = false;
      return this.pass().catch((error: unknown) => this.o.onError(error));
    });
  }

  /** Holds the handoff quiet (its turn's reply will name who joined) until the returned function is called. */
  holdQuiet(handoffId: number): () => void {
    this.quiet.add(handoffId);
    return () => this.quiet.delete(handoffId);
  }

  /** A pass now, after those under way: the turn that opened a handoff waits for it to say who joined. */
  passNow(): Promise<Assignment<number | string>[]> {
    const pass = this.chain.then(() => this.pass());
    this.chain = pass.catch((error: unknown) => this.o.onError(error));
    return pass;
  }

  /** Resolves when no pass is under way or asked for (tests, shutdown). */
  async settled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.chain;
      await seen;
    } while (seen !== this.chain);
  }

  /** One pass: chooses and claims; returns the assignments this instance made. */
  private async pass(): Promise<Assignment<number | string>[]> {
    const { store } = this.o;
    const tickets = this.tickets;
    const [live, agents, availability, waitingTickets, heldTickets] = await Promise.all([
      this.o.live(),
      store.agents.list(),
      store.agentAvailability.list(),
      tickets ? tickets.waiting() : [],
      tickets ? tickets.held() : new Map<string, number>(),
    ]);
    const agentsNow = candidates(agents, availability, live, this.o.clock.now(), this.o.policy).map((a) => ({ ...a, open: a.open + (heldTickets.get(a.id) ?? 0) }));
    const chosen = chooseAssignments<number | string>([...waitingWork(live), ...waitingTickets], agentsNow);
    const byId = new Map(agents.map((a) => [a.id, a]));
    const made: Assignment<number | string>[] = [];
    for (const choice of chosen) {
      const agent = byId.get(choice.agentId)!;
      const took = typeof choice.key === 'number' ? await this.o.claim(choice.key, agent, !this.quiet.has(choice.key)) : await tickets!.assign(choice.key, agent);
      if (took) made.push(choice);
    }
    return made;
  }
}

/**
 * Tickets as the agents' work (issue 20): finding them, and what people do with them — take or assign,
 * reply to the customer through their channel, ask them for something, note, change the queue or the
 * priority, resolve with a reason, reopen. Every change of state goes through `move`, which checks the
 * allowed moves (src/tickets/ticketStates.ts), writes the timeline line with it, and tells whoever
 * listens (`onTicketChange`: the customer's notifier).
 */
import type { Activity } from '../activity.ts';
import type { Clock } from '../clock.ts';
import type { CustomerMessenger, HandoffDesk } from '../escalation/handoffDesk.ts';
import { isLive } from '../escalation/handoffStates.ts';
import { mayWork } from '../escalation/agentAccess.ts';
import type { DeadlineClock } from '../escalation/serviceLevels.ts';
import type { AgentRecord, TicketNoteRecord } from '../store/handoffRecords.ts';
import type { AccountTier, TicketPriority, TicketQueue, TicketRecord, TicketState } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import type { TicketEventKind, TicketQuery, TicketSettable } from '../store/ticketRecords.ts';
import type { RequestKind } from './requestTexts.ts';
import { ticketSla, type SlaStatus, type TicketSla } from './ticketSla.ts';
import { mayMove } from './ticketStates.ts';
import { addedMessages, authorOf, messagesSinceOpening } from './ticketTimeline.ts';

/** What a listener hears after a ticket moved between states. */
export interface TicketStateChange {
  ticket: TicketRecord;
  from: TicketState;
  to: TicketState;
  /** bot, customer, system, or agent:<id>. */
  by: string;
  reason: string | null;
  /** The handoff whose move it was (the handoff desk's), absent for the ticket desk's own moves. */
  handoffId?: number;
  /** The customer heard of it already in the handoff desk's own words, or made it themselves. */
  told?: boolean;
}

export type TicketChangeListener = (change: TicketStateChange) => void | Promise<void>;

export class TicketDeskError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface TicketDeskOptions {
  store: Store;
  clock: Clock;
  /** The handoff desk's deadline clock: the one the customer's promise was computed on. */
  deadlines: DeadlineClock;
  /** The path an agent's handoff reply takes to the customer's channel (the outbox, the channel's rules). */
  messenger: CustomerMessenger;
  /**
   * The handoff desk, whose moves change tickets too: the ticket listeners hear those as well, and a
   * ticket resolved here while a handoff carries it is resolved through that handoff.
   */
  desk?: Pick<HandoffDesk, 'onTicketChange' | 'endWithTicket' | 'claim'>;
}

/** The console's query: the store's filters, plus the SLA's (computed on the calendar, not stored). */
export interface TicketSearch extends TicketQuery {
  sla?: 'due' | 'breached';
}

/** A ticket with its SLA, as the console lists it. */
export interface WorkedTicket {
  ticket: TicketRecord;
  tier: AccountTier | null;
  sla: TicketSla;
}

/** The customer's newest message no person has answered yet. */
export interface Unanswered {
  at: string;
  text: string;
}

const SLA_FILTER: Readonly<Record<NonNullable<TicketSearch['sla']>, readonly SlaStatus[]>> = {
  due: ['due_soon'],
  breached: ['breached'],
};

export class TicketDesk {
  private readonly listeners = new Set<TicketChangeListener>();

  constructor(private readonly o: TicketDeskOptions) {
    o.desk?.onTicketChange((move) => this.announce(move));
  }

  /**
   * Calls `listener` after every change of a ticket's state made here (committed already: a listener
   * that throws fails the caller's request, not the change); returns how to stop.
   */
  onTicketChange(listener: TicketChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- reading ------------------------------------------------------------------------------

  async get(number: string): Promise<TicketRecord> {
    const ticket = await this.o.store.tickets.get(number.trim().toUpperCase());
    if (!ticket) throw new TicketDeskError(404, `No ticket ${number}.`);
    return ticket;
  }

  /** Every agent sees every ticket; the SLA filter is applied on the calendar after the store's. */
  async search(query: TicketSearch): Promise<WorkedTicket[]> {
    const { sla, ...stored } = query;
    const worked = await this.worked(await this.o.store.tickets.search(stored));
    return sla ? worked.filter((w) => SLA_FILTER[sla].includes(w.sla.status)) : worked;
  }

  /** Tickets with their account's tier and SLA now. */
  async worked(tickets: readonly TicketRecord[]): Promise<WorkedTicket[]> {
    const tiers = new Map<string, AccountTier | null>();
    for (const n of new Set(tickets.map((t) => t.accountNumber).filter((n) => n !== null))) tiers.set(n, (await this.o.store.accounts.get(n))?.tier ?? null);
    const now = this.o.clock.now();
    return tickets.map((ticket) => {
      const tier = ticket.accountNumber ? (tiers.get(ticket.accountNumber) ?? null) : null;
      return { ticket, tier, sla: ticketSla(ticket, tier, this.o.deadlines, now) };
    });
  }

  /** The customer's other tickets: the same user's, or the same account's when no user is known. */
  async otherTickets(ticket: TicketRecord): Promise<TicketRecord[]> {
    if (!ticket.userId && !ticket.accountNumber) return [];
    const same = ticket.userId ? { userId: ticket.userId } : { accountNumbers: [ticket.accountNumber!] };
    return (await this.o.store.tickets.search(same)).filter((t) => t.number !== ticket.number);
  }

  /**
   * The customer's newest message about the ticket when no person answered after it (the bot's answers
   * do not count): in the conversation that opened it, or added when they asked again elsewhere.
   */
  async unanswered(ticket: TicketRecord): Promise<Unanswered | null> {
    const [activities, events] = await Promise.all([
      ticket.conversationId ? this.o.store.activities.list(ticket.conversationId) : Promise.resolve([]),
      this.o.store.tickets.events(ticket.number),
    ]);
    // In the conversation the order of messages decides (a clock may not have moved between them).
    const messages = messagesSinceOpening(activities, ticket).filter((s) => authorOf(s) !== 'bot');
    const last = messages.at(-1);
    if (last && authorOf(last) === 'customer') return { at: last.activity.timestamp ?? ticket.createdAt, text: last.activity.text ?? '' };
    // Asked again elsewhere: after the last time a person answered it.
    const answered = Math.max(
      -Infinity,
      ...messages.map((s) => Date.parse(s.activity.timestamp ?? ticket.createdAt)),
      ...events.filter((e) => e.kind === 'reply' || e.kind === 'request').map((e) => Date.parse(e.at)),
    );
    const elsewhere = addedMessages(ticket).filter((m) => m.conversationId !== ticket.conversationId && Date.parse(m.at) > answered);
    return elsewhere.at(-1) ?? null;
  }

  // ---- changes ------------------------------------------------------------------------------

  /**
   * The one way a ticket changes state: allowed moves only (409 otherwise, or when somebody moved it
   * meanwhile), the timeline line written with it, and the listeners told afterwards.
   */
  async move(
    ticket: TicketRecord,
    to: TicketState,
    by: string,
    reason: string | null,
    change: { kind?: TicketEventKind; set?: Partial<TicketSettable>; detail?: Record<string, unknown> } = {},
  ): Promise<TicketRecord> {
    if (!mayMove(ticket.state, to)) throw new TicketDeskError(409, `A ${label(ticket.state)} ticket cannot become ${label(to)}.`);
    const moved = await this.o.store.tickets.change(ticket.number, {
      from: [ticket.state],
      to,
      ...(change.set ? { set: change.set } : {}),
      event: { at: this.at(), actor: by, kind: change.kind ?? 'state', detail: { ...change.detail, ...(reason ? { reason } : {}) } },
    });
    if (!moved) throw new TicketDeskError(409, `Ticket ${ticket.number} changed meanwhile: reload it.`);
    await this.announce({ ticket: moved, from: ticket.state, to, by, reason });
    return moved;
  }

  private async announce(change: TicketStateChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }

  /** Takes the ticket (`to` is the caller) or gives it to another agent (supervisors, or its owner). */
  async assign(number: string, agent: AgentRecord, toAgentId: string): Promise<TicketRecord> {
    const ticket = await this.workable(number, agent);
    const target = toAgentId === agent.id ? agent : await this.o.store.agents.get(toAgentId);
    if (!target) throw new TicketDeskError(400, `No agent "${toAgentId}".`);
    if (target.id !== agent.id && agent.role !== 'supervisor' && ticket.assignee !== agent.id) {
      throw new TicketDeskError(403, 'Only a supervisor or the ticket’s owner may give it to someone else.');
    }
    if (!mayWork(target, ticket)) throw new TicketDeskError(400, `${target.displayName} does not work the ${ticket.queue} queue.`);
    if (ticket.assignee === target.id) throw new TicketDeskError(409, `${target.displayName} already has ticket ${ticket.number}.`);
    const detail = { to: target.id, previous: ticket.assignee };
    // A new ticket is being worked once somebody has it; otherwise its state stays.
    const to = ticket.state === 'new' ? 'open' : ticket.state;
    return to === ticket.state
      ? this.record(ticket, `agent:${agent.id}`, 'assigned', { assignee: target.id }, detail)
      : this.move(ticket, to, `agent:${agent.id}`, null, { kind: 'assigned', set: { assignee: target.id }, detail });
  }

  /**
   * The agent's message to the customer, through the channel of the conversation that opened the
   * ticket (the same path as a handoff reply: the outbox and the channel's rules). The first one is
   * the first response; a new ticket is open from then on.
   */
  async reply(number: string, agent: AgentRecord, text: string): Promise<{ ticket: TicketRecord; sent: Activity }> {
    const ticket = await this.takeWaitingConversation(await this.workable(number, agent), agent);
    const sent = await this.send(ticket, agent, text);
    const set = { ...(ticket.firstResponseAt ? {} : { firstResponseAt: this.at() }), ...(ticket.assignee ? {} : { assignee: agent.id }) };
    const to = ticket.state === 'new' ? 'open' : ticket.state;
    const detail = { text, activityId: sent.id ?? null };
    const moved =
      to === ticket.state
        ? await this.record(ticket, `agent:${agent.id}`, 'reply', set, detail)
        : await this.move(ticket, to, `agent:${agent.id}`, null, { kind: 'reply', set, detail });
    return { ticket: moved, sent };
  }

  /** Asks the customer for something (the invoice, documents, a new address): sent, and the ticket waits on them. */
  async ask(number: string, agent: AgentRecord, kind: RequestKind, text: string): Promise<{ ticket: TicketRecord; sent: Activity }> {
    const ticket = await this.takeWaitingConversation(await this.workable(number, agent), agent);
    const waiting = ticket.state === 'waiting_on_customer';
    if (!waiting && !mayMove(ticket.state, 'waiting_on_customer')) throw new TicketDeskError(409, `A ${label(ticket.state)} ticket cannot wait on the customer: reopen it first.`);
    const sent = await this.send(ticket, agent, text);
    const set = { ...(ticket.firstResponseAt ? {} : { firstResponseAt: this.at() }), ...(ticket.assignee ? {} : { assignee: agent.id }) };
    const detail = { request: kind, text, activityId: sent.id ?? null };
    // Asking for one more thing while it waits already: the request is on the timeline, the state stays.
    const moved = waiting
      ? await this.record(ticket, `agent:${agent.id}`, 'request', set, detail)
      : await this.move(ticket, 'waiting_on_customer', `agent:${agent.id}`, null, { kind: 'request', set, detail });
    return { ticket: moved, sent };
  }

  /** The ticket waits on the carrier (a trace, a customs broker): nothing is sent to the customer. */
  async waitOnCarrier(number: string, agent: AgentRecord, reason: string): Promise<TicketRecord> {
    return this.move(await this.workable(number, agent), 'waiting_on_carrier', `agent:${agent.id}`, reason);
  }

  /** An internal note on the ticket: never sent to the customer. */
  async note(number: string, agent: AgentRecord, text: string): Promise<TicketNoteRecord> {
    const ticket = await this.workable(number, agent);
    return this.o.store.ticketNotes.add({ ticketNumber: ticket.number, agentId: agent.id, text }, this.at());
  }

  async setQueue(number: string, agent: AgentRecord, queue: TicketQueue): Promise<TicketRecord> {
    const ticket = await this.workable(number, agent);
    if (ticket.queue === queue) return ticket;
    return this.record(ticket, `agent:${agent.id}`, 'queue', { queue }, { from: ticket.queue, to: queue });
  }

  async setPriority(number: string, agent: AgentRecord, priority: TicketPriority): Promise<TicketRecord> {
    const ticket = await this.workable(number, agent);
    if (ticket.priority === priority) return ticket;
    return this.record(ticket, `agent:${agent.id}`, 'priority', { priority }, { from: ticket.priority, to: priority });
  }

  /**
   * Resolves with a reason. While the customer's newest message is unanswered it asks first: 409 with
   * `unanswered` unless `confirmed` (the console's confirm step).
   */
  async resolve(number: string, agent: AgentRecord, reason: string, confirmed: boolean): Promise<TicketRecord> {
    const ticket = await this.workable(number, agent);
    const unanswered = confirmed ? null : await this.unanswered(ticket);
    if (unanswered) throw new TicketDeskError(409, 'The customer’s last message has no answer yet: resolve anyway?', { unanswered });
    const resolved = await this.move(ticket, 'resolved', `agent:${agent.id}`, reason);
    // A handoff is this ticket with a live conversation: it ends with it, so the bot answers again
    // (the handoff desk asks for the rating).
    const handoff = await this.o.store.handoffs.byTicket(ticket.number);
    if (this.o.desk && handoff && isLive(handoff.state)) await this.o.desk.endWithTicket(handoff.id, agent, reason);
    return resolved;
  }

  /** Works a resolved or closed ticket again, with the caller as its owner. */
  async reopen(number: string, agent: AgentRecord, reason: string): Promise<TicketRecord> {
    const ticket = await this.workable(number, agent);
    return this.move(ticket, 'open', `agent:${agent.id}`, reason, { set: { assignee: agent.id } });
  }

  // ---- internals ----------------------------------------------------------------------------

  /**
   * An agent writing to the customer of a ticket whose handoff still waits in the queue takes that
   * conversation first (quietly: their message introduces them), so the customer is not told they are
   * still waiting while the agent talks to them. Returns the ticket as the claim left it.
   */
  private async takeWaitingConversation(ticket: TicketRecord, agent: AgentRecord): Promise<TicketRecord> {
    const handoff = this.o.desk ? await this.o.store.handoffs.byTicket(ticket.number) : null;
    if (handoff?.state !== 'queued') return ticket;
    await this.o.desk!.claim(handoff.id, agent, { tell: false });
    return this.get(ticket.number);
  }

  /** The ticket, when this agent may work it: an agent their queues, a supervisor any (403 otherwise). */
  private async workable(number: string, agent: AgentRecord): Promise<TicketRecord> {
    const ticket = await this.get(number);
    if (!mayWork(agent, ticket)) throw new TicketDeskError(403, `The ${ticket.queue} queue is not one of yours.`);
    return ticket;
  }

  /** A change that keeps the state (owner, queue, priority, a reply): its timeline line, no listener. */
  private async record(ticket: TicketRecord, by: string, kind: TicketEventKind, set: Partial<TicketSettable>, detail: Record<string, unknown>): Promise<TicketRecord> {
    const changed = await this.o.store.tickets.change(ticket.number, { from: [ticket.state], to: ticket.state, set, event: { at: this.at(), actor: by, kind, detail } });
    if (!changed) throw new TicketDeskError(409, `Ticket ${ticket.number} changed meanwhile: reload it.`);
    return changed;
  }

  private async send(ticket: TicketRecord, agent: AgentRecord, text: string): Promise<Activity> {
    if (!ticket.conversationId) throw new TicketDeskError(409, `Ticket ${ticket.number} has no conversation to answer in: contact the customer another way.`);
    // Marked as a notice about the ticket: outside WhatsApp's window its template names the ticket.
    const [sent] = await this.o.messenger(ticket.conversationId, [{ type: 'message', text }], { agentId: agent.id, name: agent.displayName }, undefined, { customerNotice: { ticket: ticket.number } });
    return sent!;
  }

  private at(): string {
    return this.o.clock.now().toISOString();
  }
}

const label = (state: TicketState): string => state.replaceAll('_', ' ');

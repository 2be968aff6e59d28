/**
 * The handoff desk: opens handoffs (ticket, context packet, queue, `handoff.initiate`), keeps the
 * customer told where they stand, and carries out what agents do (claim, reply, note, transfer,
 * resolve, hand back) through the state machine, so exactly one owner answers at any time.
 * Channel-neutral: what the customer is told goes out through the CustomerMessenger the
 * composition root gives it (the customer's own channel adapter).
 */
import { dateTimeFormat } from '../locale/index.ts';
import type { Activity, Attachment, Reply } from '../activity.ts';
import type { Speaker } from '../accounts/speaker.ts';
import type { Clock } from '../clock.ts';
import type { Parse } from '../nlu/types.ts';
import type { AgentRecord, HandoffRecord, HandoffTransition, TicketNoteRecord } from '../store/handoffRecords.ts';
import type { AccountRecord, ConversationRecord, ShipmentRecord, TicketCategory, TicketQueue, TicketRecord, TicketState } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { mayWork } from './agentAccess.ts';
import type { BusinessHours } from '../schedule/openingHours.ts';
import { isOpen, nextOpening } from './businessHours.ts';
import { buildContextPacket, type ContextPacket, type EscalationReason } from './contextPacket.ts';
import { DeskFeed } from './deskFeed.ts';
import { noticesFor, type QueueStanding } from './handoffNotices.ts';
import { HANDOFF_MOVES, HELD, WITH_PEOPLE, type HandoffMove } from './handoffStates.ts';
import { QueueBoard } from './queueBoard.ts';
import { askSatisfaction } from './satisfactionSurvey.ts';
import type { AvailabilityPolicy } from './agentAvailability.ts';
import { AutoAssigner } from './autoAssigner.ts';
import { orderQueue, waitMinutes } from './queueOrder.ts';
import { deadlineClock, deadlinesFor, hoursFor, priorityOf, queueOf, rankOf, type DeadlineClock } from './serviceLevels.ts';

/** Sends notices and agents' messages to the customer on their channel; returns what was recorded. */
export type CustomerMessenger = (
  conversationId: string,
  replies: Reply[],
  from?: { agentId: string; name: string },
  notice?: HandoffNotice,
  channelData?: Record<string, unknown>,
) => Promise<Activity[]>;

/** Which notice the desk sends (kept on the activity, so exports can tell what caused it). */
export type HandoffNotice = 'joined' | 'transferred' | 'requeued' | 'resolved' | 'handed_back' | 'moved_up' | 'satisfaction_survey';

export interface EscalationRequest {
  conversation: ConversationRecord;
  /** The account the handoff is about when it is not the conversation's (a policy on a parcel of another of the speaker's accounts). */
  accountNumber?: string;
  speaker: Speaker | null;
  reason: EscalationReason;
  /** What triggered it, for the agent ("exception on a VIP parcel" …). */
  reasonDetail?: string;
  /** The ticket's category when the trigger knows it (a policy on a parcel); else from lastIntent. */
  category?: TicketCategory;
  /** The parcels the conversation is about; only the speaker's own are used. */
  trackingNumbers: readonly string[];
  /**
   * The one parcel the request is about (the one in focus, or the one the message names), when there
   * is one: named in the context packet, and told to a customer who complained.
   */
  parcel?: string | null;
  /** What the customer wrote: added to the parcel's open ticket when the handoff goes on with one. */
  text?: string;
  parse: Parse | null;
  misunderstandings: number;
  /** What the customer was doing (an intent name), which decides the ticket's category. */
  lastIntent: string | null;
  language: string;
  /** How a customer who is not signed in can be reached (asked outside opening hours): kept on the ticket. */
  contact?: { kind: 'email' | 'phone'; value: string } | null;
}

export interface Escalation {
  ticket: TicketRecord;
  handoff: HandoffRecord;
  /** What the bot says in this turn: the notice and the handoff.initiate event. */
  replies: Reply[];
  /** False when the conversation was already with people (nothing new was opened). */
  opened: boolean;
}

export class DeskError extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 400,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The category of the ticket from what the customer was doing. */
const CATEGORY_BY_INTENT: Readonly<Record<string, TicketCategory>> = {
  lost_or_delayed: 'lost_delayed',
  damaged_package: 'damage',
  customs_help: 'customs',
  change_delivery: 'delivery_change',
};

const SUBJECT: Readonly<Record<EscalationReason, string>> = {
  requested: 'Customer asked to talk to a person',
  complaint: 'Customer complaint',
  not_understood: 'The assistant did not understand the customer twice',
  policy: 'Handed to people by policy',
};

/** How often a waiting customer who writes is told their place again. */
const STILL_WAITING_EVERY_MS = 2 * 60_000;
/** Progress updates: always near the front, otherwise at most this often. */
const MOVED_UP_EVERY_MS = 2 * 60_000;

export interface DeskOptions {
  store: Store;
  clock: Clock;
  hours: BusinessHours;
  messenger: CustomerMessenger;
  /** Handoffs started and ended, customers' waits (README "Metrics and logs"): the app's metrics. */
  metrics?: { readonly handoffs: HandoffMoveListener };
  /** Agents' capacity and idle time, and whether waiting conversations go to them by themselves (config.agents). */
  agents?: AvailabilityPolicy & { readonly autoAssign: boolean };
  /** A failed automatic assignment run (logged; the next change tries again). */
  onAssignError?: (error: unknown) => void;
  /**
   * A waiting customer's message takes the request for a person back ("never mind", "算了，先帮我查…"):
   * the dialog's words, given by the app (the desk reads no language). Absent: nothing is taken back.
   */
  withdraws?: (text: string) => { asksMore: boolean } | null;
}

/**
 * Told of every move the desk makes: src/metrics/handoffMetrics.ts counts them (the metrics import the
 * desk's types, so the desk declares what it calls instead of importing them).
 */
export interface HandoffMoveListener {
  moved(handoff: HandoffRecord, move: HandoffMove): void;
}

/**
 * A ticket's change of state that a handoff's move made (claimed, released, resolved, the customer
 * left). The desk told the customer of it in its own words (who joined, resolved by …), or the customer
 * made it, so `told` is always true; src/tickets/ticketDesk.ts passes it on to its ticket listeners.
 */
export interface DeskTicketMove {
  ticket: TicketRecord;
  from: TicketState;
  to: TicketState;
  /** bot, customer, or agent:<id>. */
  by: string;
  reason: string | null;
  handoffId: number;
  told: true;
}

export type DeskTicketListener = (move: DeskTicketMove) => void | Promise<void>;

export class HandoffDesk {
  readonly feed = new DeskFeed();
  private readonly ticketListeners = new Set<DeskTicketListener>();
  /** Places in the queues, wait estimates, who is at work. */
  readonly board: QueueBoard;
  /** Deadlines on the desk's business hours: what the bot's ticket texts promise. */
  readonly deadlines: DeadlineClock;
  /** Hands waiting conversations to available agents (AUTO_ASSIGN=on), else null. */
  readonly assigner: AutoAssigner | null;

  constructor(private readonly o: DeskOptions) {
    this.board = new QueueBoard(o.store, this.feed, o.clock);
    this.deadlines = deadlineClock(o.hours);
    this.assigner = o.agents?.autoAssign
      ? new AutoAssigner({
          store: o.store,
          clock: o.clock,
          feed: this.feed,
          policy: o.agents,
          live: () => this.board.live(null),
          claim: (id, agent, tell) => this.claim(id, agent, { auto: true, tell }).then(
            () => true,
            (error: unknown) => (error instanceof DeskError && error.status === 409 ? false : Promise.reject(error)),
          ),
          onError: o.onAssignError ?? (() => {}),
        })
      : null;
    this.assigner?.listen();
  }

  /** Calls `listener` after every change of a ticket's state a handoff's move made; returns how to stop. */
  onTicketChange(listener: DeskTicketListener): () => void {
    this.ticketListeners.add(listener);
    return () => this.ticketListeners.delete(listener);
  }

  // ---- the bot side -------------------------------------------------------------------------

  /** Hands the conversation to people, or tells the customer where they stand when it already is. */
  async escalate(req: EscalationRequest): Promise<Escalation> {
    const { store } = this.o;
    const now = this.o.clock.now();
    const at = now.toISOString();
    const notices = noticesFor(req.language);
    const live = await this.liveHandoff(req.conversation.id);
    if (live) {
      // A complaint while waiting ("I want to complain about the agent"): recorded, never lost (found by an outside tester: no reply at all).
      if (req.reason === 'complaint' && live.state === 'queued') return this.complaintWhileWaiting(live, req);
      const ticket = (await store.tickets.get(live.ticketNumber))!;
      const standing = await this.board.standing(live);
      return { ticket, handoff: live, opened: false, replies: [{ type: 'message', text: standing ? notices.stillWaiting(live.ticketNumber, standing) : notices.agentJoined(await this.agentName(live.assignee)) }] };
    }

    const accountNumber = req.accountNumber ?? req.conversation.accountNumber ?? req.speaker?.memberships[0]?.accountNumber ?? null;
    const account = accountNumber ? await store.accounts.get(accountNumber) : null;
    const shipments = await this.ownShipments(req.speaker, req.parcel ? [req.parcel, ...req.trackingNumbers] : req.trackingNumbers);
    const parcel = req.parcel && shipments.some((s) => s.trackingNumber === req.parcel) ? req.parcel : null;
    const openDispute = await this.hasOpenDispute(account);
    const category = req.category ?? this.categoryOf(req, openDispute);
    const priority = priorityOf({ category, tier: account?.tier ?? null, shipments, openDispute });
    const tier = account?.tier ?? null;
    const queue = queueOf(category, tier);
    const hours = hoursFor(tier, this.o.hours);
    const deadlines = deadlinesFor(category, tier, priority, now, this.o.hours);
    const ticket =
      (parcel && account ? await this.goOnWithOpenTicket(account.number, parcel, category, req, at) : null) ??
      (await store.tickets.create(
        {
          category,
          priority,
          conversationId: req.conversation.id,
          accountNumber: account?.number ?? null,
          userId: req.speaker?.user.id ?? null,
          trackingNumbers: shipments.map((s) => s.trackingNumber),
          subject: parcel ? `${SUBJECT[req.reason]} about ${parcel}` : SUBJECT[req.reason],
          queue,
          details: {
            reason: req.reason,
            ...(req.reasonDetail ? { reasonDetail: req.reasonDetail } : {}),
            language: req.language,
            channel: req.conversation.channelId,
            ...(req.contact ? { contact: req.contact } : {}),
          },
        },
        at,
      ));
    const packet = await buildContextPacket(store, {
      conversation: req.conversation,
      speaker: req.speaker,
      account,
      ticket,
      queue,
      reason: req.reason,
      reasonDetail: req.reasonDetail ?? SUBJECT[req.reason],
      parse: req.parse,
      misunderstandings: req.misunderstandings,
      lastIntent: req.lastIntent,
      shipments,
      parcel,
      language: req.language,
      deadlines,
      hours: hours.spec,
    });
    const requested = await store.handoffs.create(
      {
        ticketNumber: ticket.number,
        conversationId: req.conversation.id,
        channelId: req.conversation.channelId,
        language: req.language,
        queue,
        priority,
        rank: rankOf(priority, tier),
        state: 'requested',
        ...deadlines,
        context: packet as unknown as Record<string, unknown>,
      },
      { actor: 'bot', at, detail: { reason: req.reason, ...(req.reasonDetail ? { detail: req.reasonDetail } : {}) } },
      'bot',
    );
    const releaseQuiet = this.assigner?.holdQuiet(requested.id);
    let queued: HandoffRecord;
    try {
      queued = (await this.move(requested.id, 'queue', 'bot', { set: { queuedAt: at }, owner: 'agent' }))!;
      // An available agent with room takes it at once: this turn's answer names them.
      if (this.assigner) {
        await this.assigner.passNow().catch((error: unknown) => this.o.onAssignError?.(error));
        queued = (await store.handoffs.get(queued.id)) ?? queued;
      }
    } finally {
      releaseQuiet?.();
    }

    const replies: Reply[] = [];
    if (req.reason === 'not_understood' || req.reason === 'policy') replies.push({ type: 'message', text: notices.leadIn[req.reason] });
    if (parcel && req.reason === 'complaint') replies.push({ type: 'message', text: notices.about(parcel) });
    if (queued.state === 'assigned') {
      replies.push({ type: 'message', text: notices.agentJoined(await this.agentName(queued.assignee)) });
    } else if (isOpen(hours, now)) {
      const standing = (await this.board.standing(queued))!;
      await store.handoffs.noticed(queued.id, standing.position, at);
      replies.push({ type: 'message', text: notices.queued(ticket.number, standing) });
    } else {
      const opens = this.opensAt(hours, now, req.conversation.timeZone, req.language);
      const user = req.speaker?.user;
      const contact = req.contact?.value ?? (user && !user.phone ? user.email : null);
      replies.push({
        type: 'message',
        text: contact ? notices.afterHoursContact(ticket.number, opens, contact, !req.contact) : notices.afterHours(ticket.number, opens, Boolean(user?.phone)),
      });
    }
    replies.push(handoffInitiation(packet));
    this.feed.publish({ kind: 'queue' });
    return { ticket, handoff: (await store.handoffs.get(queued.id)) ?? queued, replies, opened: true };
  }

  /**
   * A complaint made while the customer waits in the queue: a complaint ticket of its own (complaints have
   * their category, priority and deadlines), the message kept on the waiting ticket too, and the customer
   * told both numbers. The handoff stays as it is.
   */
  private async complaintWhileWaiting(live: HandoffRecord, req: EscalationRequest): Promise<Escalation> {
    const { store } = this.o;
    const at = this.o.clock.now().toISOString();
    const waiting = (await store.tickets.get(live.ticketNumber))!;
    const account = waiting.accountNumber ? await store.accounts.get(waiting.accountNumber) : null;
    const category = 'complaint' as const;
    const complaint = await store.tickets.create(
      {
        category,
        priority: priorityOf({ category, tier: account?.tier ?? null, shipments: [], openDispute: false }),
        conversationId: req.conversation.id,
        accountNumber: waiting.accountNumber,
        userId: req.speaker?.user.id ?? waiting.userId,
        trackingNumbers: [],
        subject: SUBJECT.complaint,
        queue: queueOf(category, account?.tier ?? null),
        details: { reason: 'complaint', language: req.language, channel: req.conversation.channelId, whileWaitingOn: live.ticketNumber },
      },
      at,
    );
    const said = { text: req.text ?? '', conversationId: req.conversation.id, at };
    await store.tickets.addCustomerMessage(complaint.number, said, at);
    await store.tickets.addCustomerMessage(live.ticketNumber, said, at);
    // Their place in the queue is the dialog's waiting notice (once per ticket).
    const replies: Reply[] = [{ type: 'message', text: noticesFor(req.language).complaintRecorded(complaint.number, live.ticketNumber) }];
    this.feed.publish({ kind: 'queue' });
    return { ticket: complaint, handoff: live, opened: false, replies };
  }

  /**
   * A customer wrote while people own the conversation. The message is already recorded and on the
   * conversation feed, where agents read it; a waiting customer is reminded of their place now and
   * then. Returns what to tell them (often nothing).
   */
  async customerWrote(conversation: ConversationRecord): Promise<Reply[]> {
    const h = await this.liveHandoff(conversation.id);
    if (!h || h.state !== 'queued') return [];
    const now = this.o.clock.now();
    if (h.noticedAt && now.getTime() - Date.parse(h.noticedAt) < STILL_WAITING_EVERY_MS) return [];
    const notices = noticesFor(h.language);
    const hours = hoursFor((h.context as unknown as ContextPacket).who?.account?.tier ?? null, this.o.hours);
    const standing = (await this.board.standing(h))!;
    await this.o.store.handoffs.noticed(h.id, standing.position, now.toISOString());
    // Outside opening hours the customer was told at the escalation how and when a person answers:
    // the same notice again on every message would only repeat it (their messages are on the ticket).
    if (!isOpen(hours, now)) return [];
    return [{ type: 'message', text: notices.stillWaiting(h.ticketNumber, standing) }];
  }

  /**
   * When people answer a conversation of no account (opening hours), in its zone and language
   * ("Mon 09:00"), or null while they are open now: the dialog asks an anonymous customer for a
   * contact first then.
   */
  closedUntil(timeZone: string, language: string): string | null {
    const now = this.o.clock.now();
    return isOpen(this.o.hours, now) ? null : this.opensAt(this.o.hours, now, timeZone, language);
  }

  /** The customer wrote after their conversation was resolved: the bot has it again. */
  async botResumes(conversationId: string): Promise<void> {
    const h = await this.o.store.handoffs.latestForConversation(conversationId);
    if (h?.state !== 'resolved') return;
    await this.move(h.id, 'return', 'customer', {});
  }

  /** The customer left (closed the chat, unfollowed): the handoff is abandoned and the bot owns it. */
  async customerLeft(conversationId: string): Promise<void> {
    const h = await this.liveHandoff(conversationId);
    if (h) await this.abandon(h, 'customer left');
  }

  /**
   * A customer still waiting in the queue takes the request for a person back ("never mind", "算了，先帮我
   * 查一下…"): the handoff is abandoned, the bot owns the conversation again and answers the message,
   * after the notice returned here (found by an outside tester: the chat stayed mute). Null when the
   * message takes nothing back or people already have the conversation (their messages are theirs).
   */
  async customerWithdraws(conversation: ConversationRecord, text: string): Promise<{ notices: Reply[]; asksMore: boolean } | null> {
    const taken = this.o.withdraws?.(text);
    if (!taken) return null;
    const h = await this.liveHandoff(conversation.id);
    if (!h || h.state !== 'queued') return null;
    await this.abandon(h, 'customer withdrew');
    return { notices: [{ type: 'message', text: noticesFor(h.language).withdrawn(h.ticketNumber) }], asksMore: taken.asksMore };
  }

  /**
   * Whether the bot answers a customer who writes while waiting: yes while no person has taken the
   * conversation (found by an outside tester: a waiting customer's questions got no reply at all).
   * Their messages and the bot's answers are on the conversation feed the agent reads.
   */
  async botAnswersWhileWaiting(conversation: ConversationRecord): Promise<boolean> {
    return (await this.liveHandoff(conversation.id))?.state === 'queued';
  }

  /**
   * Asked while waiting in the queue ("what happens next?", "how long will it take?", or anything the bot leaves to the
   * person): the ticket, the place and wait, and what the person from that queue's team will do; outside opening hours,
   * when they open. Null when nobody waits for a person here.
   */
  async waitingStatus(conversationId: string, language: string, timeZone: string): Promise<{ ticketNumber: string; text: string } | null> {
    const h = await this.liveHandoff(conversationId);
    const standing = h?.state === 'queued' ? await this.board.standing(h) : null;
    if (!h || !standing) return null;
    const notices = noticesFor(language);
    const team = notices.teams[h.queue as TicketQueue] ?? notices.teams.support;
    const hours = hoursFor((h.context as unknown as ContextPacket).who?.account?.tier ?? null, this.o.hours);
    const now = this.o.clock.now();
    const text = isOpen(hours, now) ? notices.whatHappensNext(h.ticketNumber, standing, team) : notices.waitingWhileClosed(h.ticketNumber, this.opensAt(hours, now, timeZone, language), team);
    return { ticketNumber: h.ticketNumber, text };
  }

  /**
   * What a waiting customer is told once, beside the bot's answer: the person who takes the ticket sees
   * their messages, and their place in the queue. Null when nobody waits for a person here, or outside
   * opening hours.
   */
  async waitingNotice(conversationId: string, language: string): Promise<{ ticketNumber: string; text: string } | null> {
    const h = await this.liveHandoff(conversationId);
    const standing = h?.state === 'queued' ? await this.board.standing(h) : null;
    if (!h || !standing) return null;
    // Outside opening hours the escalation told how and when a person answers (as customerWrote keeps quiet then).
    if (!isOpen(hoursFor((h.context as unknown as ContextPacket).who?.account?.tier ?? null, this.o.hours), this.o.clock.now())) return null;
    return { ticketNumber: h.ticketNumber, text: noticesFor(language).seenWhileWaiting(h.ticketNumber, standing) };
  }

  /** The handoff ends unanswered by people: the bot owns the conversation again and the queue moves up. */
  private async abandon(h: HandoffRecord, resolution: string): Promise<void> {
    const at = this.o.clock.now().toISOString();
    const moved = await this.move(h.id, 'abandon', 'customer', {
      set: { endedAt: at, resolution },
      owner: 'bot',
      ticket: { state: 'closed', assignee: h.assignee },
      detail: { historyEnd: await this.historyEnd(h, 0) },
    });
    if (moved) await this.announceQueue(moved.queue);
  }

  // ---- the agent side -----------------------------------------------------------------------

  /**
   * The agent takes a waiting conversation (`auto`: the automatic assignment gave it to them; `tell`
   * false: the turn that opened it says who joined).
   */
  async claim(id: number, agent: AgentRecord, how: { auto?: boolean; tell?: boolean } = {}): Promise<HandoffRecord> {
    const h = await this.visible(id, agent);
    const at = this.o.clock.now().toISOString();
    const won = await this.move(id, 'claim', `agent:${agent.id}`, {
      set: { assignee: agent.id, assignedAt: at },
      ticket: { state: 'open', assignee: agent.id },
      ...(how.auto ? { detail: { auto: true } } : {}),
    });
    if (!won) {
      const now = (await this.o.store.handoffs.get(id))!;
      if (now.assignee && now.assignee !== agent.id) {
        const holder = await this.agentName(now.assignee);
        throw new DeskError(409, `Already claimed by ${holder}.`, { assignee: { id: now.assignee, displayName: holder } });
      }
      throw new DeskError(409, now.assignee === agent.id ? 'You already have this conversation.' : `This conversation is no longer waiting (${now.state}).`);
    }
    if (how.tell !== false) await this.tell(won, noticesFor(h.language).agentJoined(agent.displayName), 'joined');
    await this.announceQueue(won.queue);
    return won;
  }

  /** The agent's message to the customer, through their channel. The first one is the first response. */
  async reply(id: number, agent: AgentRecord, text: string): Promise<Activity> {
    let h = await this.held(id, agent);
    if (h.state === 'assigned') {
      // After a transfer the conversation is assigned again, but its first response was the earlier one.
      const firstResponseAt = h.firstResponseAt ?? this.o.clock.now().toISOString();
      h = (await this.move(id, 'respond', `agent:${agent.id}`, { heldBy: agent.id, set: { firstResponseAt } })) ?? h;
    }
    const [sent] = await this.o.messenger(h.conversationId, [{ type: 'message', text }], { agentId: agent.id, name: agent.displayName });
    return sent!;
  }

  /** An internal note: kept on the ticket and in the audit trail, never sent to the customer. */
  async note(id: number, agent: AgentRecord, text: string): Promise<TicketNoteRecord> {
    const h = await this.visible(id, agent);
    const at = this.o.clock.now().toISOString();
    const note = await this.o.store.ticketNotes.add({ ticketNumber: h.ticketNumber, agentId: agent.id, text }, at);
    // Where in the conversation it was written (after which recorded activity), for exports and replays.
    const afterSeq = (await this.o.store.activities.count(h.conversationId)) - 1;
    await this.o.store.handoffs.log(id, { actor: `agent:${agent.id}`, at, state: h.state, detail: { note: note.id, afterSeq } });
    this.feed.publish({ kind: 'note', handoffId: id, note });
    return note;
  }

  async transfer(id: number, agent: AgentRecord, toAgentId: string): Promise<HandoffRecord> {
    const h = await this.visible(id, agent);
    const target = await this.o.store.agents.get(toAgentId);
    if (!target) throw new DeskError(400, `No agent "${toAgentId}".`);
    if (!mayWork(target, h)) throw new DeskError(400, `${target.displayName} does not work the ${h.queue} queue.`);
    if (target.id === h.assignee) throw new DeskError(409, `${target.displayName} already has this conversation.`);
    const at = this.o.clock.now().toISOString();
    const moved = await this.move(id, 'transfer', `agent:${agent.id}`, {
      ...this.holderUnlessSupervisor(agent),
      set: { assignee: target.id, assignedAt: at },
      ticket: { state: 'open', assignee: target.id },
      detail: { to: target.id },
    });
    if (!moved) throw await this.notYours(id);
    await this.tell(moved, noticesFor(h.language).transferred(target.displayName), 'transferred');
    return moved;
  }

  /** Back to the queue (the agent cannot finish it): the customer keeps their ticket and hears their place. */
  async release(id: number, agent: AgentRecord): Promise<HandoffRecord> {
    const h = await this.visible(id, agent);
    const moved = await this.move(id, 'release', `agent:${agent.id}`, {
      ...this.holderUnlessSupervisor(agent),
      set: { assignee: null },
      ticket: { state: 'new', assignee: null },
      detail: { from: h.assignee },
    });
    if (!moved) throw await this.notYours(id);
    const standing = await this.board.standing(moved);
    if (standing) {
      await this.o.store.handoffs.noticed(id, standing.position, this.o.clock.now().toISOString());
      await this.tell(moved, noticesFor(h.language).requeued(standing), 'requeued');
    }
    await this.announceQueue(moved.queue);
    return moved;
  }

  async resolve(id: number, agent: AgentRecord, reason: string): Promise<HandoffRecord> {
    const h = await this.visible(id, agent);
    const at = this.o.clock.now().toISOString();
    const moved = await this.move(id, 'resolve', `agent:${agent.id}`, {
      ...this.holderUnlessSupervisor(agent),
      set: { endedAt: at, resolution: reason },
      owner: 'bot',
      ticket: { state: 'resolved', assignee: h.assignee },
      detail: { reason, historyEnd: await this.historyEnd(h, 1) },
    });
    if (!moved) throw await this.notYours(id);
    await this.tell(moved, noticesFor(h.language).resolved(agent.displayName, h.ticketNumber), 'resolved');
    await this.askSatisfaction(moved);
    return moved;
  }

  /**
   * The ticket this handoff carries was resolved in the tickets view (which told the customer): the
   * handoff ends with it, taken by the agent first if it still waited, so the bot answers again and
   * the customer is asked for the rating. The ticket itself is not touched here.
   */
  async endWithTicket(id: number, agent: AgentRecord, reason: string): Promise<HandoffRecord> {
    let h = await this.visible(id, agent);
    const actor = `agent:${agent.id}`;
    const at = this.o.clock.now().toISOString();
    if (h.state === 'queued') h = (await this.move(id, 'claim', actor, { set: { assignee: agent.id, assignedAt: at }, detail: { withTicket: true } })) ?? h;
    const moved = await this.move(id, 'resolve', actor, {
      ...this.holderUnlessSupervisor(agent),
      set: { endedAt: at, resolution: reason },
      owner: 'bot',
      detail: { reason, withTicket: true, historyEnd: await this.historyEnd(h, 1) },
    });
    if (!moved) throw await this.notYours(id);
    await this.askSatisfaction(moved);
    await this.announceQueue(moved.queue);
    return moved;
  }

  /** Back to the bot at once; the ticket stays open with the agent for any follow-up. */
  async handBack(id: number, agent: AgentRecord): Promise<HandoffRecord> {
    const h = await this.visible(id, agent);
    const at = this.o.clock.now().toISOString();
    const moved = await this.move(id, 'handBack', `agent:${agent.id}`, {
      ...this.holderUnlessSupervisor(agent),
      set: { endedAt: at, resolution: 'handed back to the bot' },
      owner: 'bot',
      ticket: { state: 'open', assignee: h.assignee },
      detail: { historyEnd: await this.historyEnd(h, 1) },
    });
    if (!moved) throw await this.notYours(id);
    await this.tell(moved, noticesFor(h.language).handedBack(agent.displayName), 'handed_back');
    return moved;
  }

  // ---- reading ------------------------------------------------------------------------------

  /** The handoff, if this agent may see it (404 unknown, 403 outside their queues). */
  async visible(id: number, agent: AgentRecord): Promise<HandoffRecord> {
    const h = await this.o.store.handoffs.get(id);
    if (!h) throw new DeskError(404, `No handoff ${id}.`);
    if (!mayWork(agent, h)) throw new DeskError(403, `The ${h.queue} queue is not one of yours.`);
    return h;
  }

  // ---- internals ----------------------------------------------------------------------------

  /**
   * One open ticket per parcel and category: a handoff about a parcel whose ticket of that category is
   * still open and with nobody now (handed back, open with its agent) goes on with that ticket, the
   * customer's message added to it, instead of opening a second one. Null when there is none.
   */
  private async goOnWithOpenTicket(accountNumber: string, parcel: string, category: TicketCategory, req: EscalationRequest, at: string): Promise<TicketRecord | null> {
    if (category === 'general') return null;
    for (const t of await this.o.store.tickets.openForAccount(accountNumber, category)) {
      if (!t.trackingNumbers.includes(parcel)) continue;
      const live = t.conversationId ? await this.liveHandoff(t.conversationId) : null;
      if (live?.ticketNumber === t.number) continue;
      const text = req.text?.trim();
      return text ? ((await this.o.store.tickets.addCustomerMessage(t.number, { text, conversationId: req.conversation.id, at }, at)) ?? t) : t;
    }
    return null;
  }

  private async liveHandoff(conversationId: string): Promise<HandoffRecord | null> {
    const h = await this.o.store.handoffs.latestForConversation(conversationId);
    return h && WITH_PEOPLE.includes(h.state) ? h : null;
  }

  private async move(id: number, move: HandoffMove, actor: string, rest: Omit<HandoffTransition, 'from' | 'to' | 'actor' | 'at'>): Promise<HandoffRecord | null> {
    const { from, to } = HANDOFF_MOVES[move];
    const moved = await this.o.store.handoffs.transition(id, { from, to, actor, at: this.o.clock.now().toISOString(), ...rest });
    if (moved) this.feed.publish({ kind: 'handoff', handoff: moved });
    if (moved) this.o.metrics?.handoffs.moved(moved, move);
    if (moved && rest.ticket && this.ticketListeners.size) await this.ticketMoved(moved, actor);
    return moved;
  }

  /**
   * Tells the ticket listeners when the move changed the ticket's state: the store wrote the change on
   * the ticket's timeline with the move (read after a won move only: a lost race reads nothing more).
   */
  private async ticketMoved(h: HandoffRecord, by: string): Promise<void> {
    const [ticket, events] = await Promise.all([this.o.store.tickets.get(h.ticketNumber), this.o.store.tickets.events(h.ticketNumber)]);
    const line = events.findLast((e) => e.detail['handoff'] === h.id && e.detail['move'] === h.state);
    if (!ticket || !line || line.from === line.to) return;
    const move: DeskTicketMove = { ticket, from: line.from, to: line.to, by, reason: h.resolution, handoffId: h.id, told: true };
    for (const listener of this.ticketListeners) await listener(move);
  }

  /** The handoff when this agent holds it and it is still with people. */
  private async held(id: number, agent: AgentRecord): Promise<HandoffRecord> {
    const h = await this.visible(id, agent);
    if (h.assignee !== agent.id || !HELD.includes(h.state)) throw await this.notYours(id);
    return h;
  }

  private async notYours(id: number): Promise<DeskError> {
    const h = (await this.o.store.handoffs.get(id))!;
    if (!HELD.includes(h.state)) return new DeskError(409, `This conversation is ${h.state}${h.state === 'queued' ? ': claim it first' : ''}.`);
    return new DeskError(409, `${await this.agentName(h.assignee)} has this conversation.`);
  }

  /** Supervisors act on anyone's conversation; agents only on their own. */
  private holderUnlessSupervisor(agent: AgentRecord): { heldBy?: string } {
    return agent.role === 'supervisor' ? {} : { heldBy: agent.id };
  }

  private async agentName(id: string | null): Promise<string> {
    if (!id) return 'an agent';
    return (await this.o.store.agents.get(id))?.displayName ?? 'an agent';
  }

  /**
   * Where the handoff's part of the conversation ends: the activities recorded so far and the
   * `notices` about to be sent. The console's view of the handoff stops there, so what the customer
   * later says to the bot, or to another queue's agents, is not shown under this handoff.
   */
  private async historyEnd(h: HandoffRecord, notices: number): Promise<number> {
    return (await this.o.store.activities.count(h.conversationId)) + notices;
  }

  /** Asks the customer once how satisfied they are (1-5); the dialog reads the answer (src/dialog/rules/satisfactionRules.ts). */
  private async askSatisfaction(h: HandoffRecord): Promise<void> {
    await askSatisfaction(
      this.o,
      { conversationId: h.conversationId, ticketNumber: h.ticketNumber, handoffId: h.id, agentId: h.assignee, channelId: h.channelId, language: h.language },
      this.o.clock.now().toISOString(),
    );
  }

  private async tell(h: HandoffRecord, text: string, notice: HandoffNotice): Promise<void> {
    await this.o.messenger(h.conversationId, [{ type: 'message', text }], undefined, notice);
  }

  /** Tells waiting customers of a queue that they moved up (near the front always, else now and then). */
  private async announceQueue(queue: string): Promise<void> {
    this.feed.publish({ kind: 'queue' });
    const now = this.o.clock.now();
    const waiting = orderQueue(await this.o.store.handoffs.listByState(['queued'])).filter((h) => h.queue === queue);
    const handle = await this.board.handleMinutes();
    const atWork = await this.board.agentsAtWork(queue);
    for (const [i, h] of waiting.entries()) {
      const position = i + 1;
      if (h.noticedPosition === null || position >= h.noticedPosition) continue;
      const recent = h.noticedAt && now.getTime() - Date.parse(h.noticedAt) < MOVED_UP_EVERY_MS;
      if (recent && position > 3) continue;
      const tier = (h.context as unknown as ContextPacket).who?.account?.tier ?? null;
      if (!isOpen(hoursFor(tier, this.o.hours), now)) continue;
      await this.o.store.handoffs.noticed(h.id, position, now.toISOString());
      await this.tell(h, noticesFor(h.language).movedUp({ position, waitMinutes: waitMinutes(position, handle, atWork) }), 'moved_up');
    }
  }

  private categoryOf(req: EscalationRequest, openDispute: boolean): TicketCategory {
    if (req.reason === 'complaint') return 'complaint';
    if (req.lastIntent === 'billing') return openDispute ? 'billing_dispute' : 'general';
    return CATEGORY_BY_INTENT[req.lastIntent ?? ''] ?? 'general';
  }

  private async hasOpenDispute(account: AccountRecord | null): Promise<boolean> {
    return account ? (await this.o.store.tickets.openForAccount(account.number, 'billing_dispute')).length > 0 : false;
  }

  /** Only parcels on one of the speaker's own accounts ever reach a ticket or a packet. */
  private async ownShipments(speaker: Speaker | null, numbers: readonly string[]): Promise<ShipmentRecord[]> {
    if (!speaker) return [];
    const mine = new Set(speaker.memberships.map((m) => m.accountNumber));
    const found = await Promise.all([...new Set(numbers)].map((n) => this.o.store.shipments.byTrackingNumber(n)));
    return found.filter((s): s is ShipmentRecord => s !== null && mine.has(s.accountNumber));
  }

  /** When people are next in, in the customer's zone and language ("Mon 09:00"). */
  private opensAt(hours: BusinessHours, now: Date, timeZone: string, language: string): string {
    const at = nextOpening(hours, now);
    return dateTimeFormat(language, { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  }
}

/** The Bot Framework handoff event: the context packet as its value, the transcript attached. */
export function handoffInitiation(packet: ContextPacket): Reply {
  const transcript: Attachment = { contentType: 'application/json', name: 'Transcript', content: { activities: packet.transcript } };
  const { transcript: _omitted, ...context } = packet;
  return { type: 'event', name: 'handoff.initiate', value: context, attachments: [transcript] };
}

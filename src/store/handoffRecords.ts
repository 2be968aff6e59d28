/**
 * What the human handoff keeps (issue 8): the handoff of a conversation to people with its audit
 * trail, the agents who take conversations over, their console sessions, and internal notes on
 * tickets. Records, repository interfaces and row mapping both stores share.
 */
import type { ConversationOwner, TicketPriority, TicketState } from './records.ts';
import { str, strOrNull, type Row } from './rows.ts';

/**
 * requested -> queued -> assigned -> active -> resolved -> returned (to the bot), and abandoned when
 * the customer leaves. The rules for moving between them are in src/escalation/handoffStates.ts.
 */
export const HANDOFF_STATES = ['requested', 'queued', 'assigned', 'active', 'resolved', 'returned', 'abandoned'] as const;
export type HandoffState = (typeof HANDOFF_STATES)[number];

/** One conversation handed to people for one ticket. */
export interface HandoffRecord {
  id: number;
  ticketNumber: string;
  conversationId: string;
  channelId: string;
  /** The customer's language (en, zh, es): which canned replies the agent sees. */
  language: string;
  /** The queue it waits in (support, billing, customs, vip): agents see only their queues. */
  queue: string;
  priority: TicketPriority;
  /** Queue order: lower first (VIP and shipment facts lower it). */
  rank: number;
  state: HandoffState;
  /** The agent's id while assigned or active. */
  assignee: string | null;
  requestedAt: string;
  queuedAt: string | null;
  assignedAt: string | null;
  firstResponseAt: string | null;
  firstResponseDue: string;
  resolutionDue: string;
  /** When it was resolved, returned or abandoned. */
  endedAt: string | null;
  /** Why it ended (the agent's reason, "customer left" …). */
  resolution: string | null;
  /** Everything the bot knew (src/escalation/contextPacket.ts), for the agent to read at once. */
  context: Record<string, unknown>;
  /** The queue position the customer was last told, and when. */
  noticedPosition: number | null;
  noticedAt: string | null;
  updatedAt: string;
}

export type NewHandoff = Pick<
  HandoffRecord,
  'ticketNumber' | 'conversationId' | 'channelId' | 'language' | 'queue' | 'priority' | 'rank' | 'state' | 'firstResponseDue' | 'resolutionDue' | 'context'
>;

/** One line of a handoff's audit trail. */
export interface HandoffEventRecord {
  handoffId: number;
  seq: number;
  at: string;
  from: HandoffState | null;
  to: HandoffState;
  /** bot, customer, system, or agent:<id>. */
  actor: string;
  detail: Record<string, unknown>;
}

/** A change of state, made only when the handoff is still in one of `from` (compare-and-set). */
export interface HandoffTransition {
  from: readonly HandoffState[];
  to: HandoffState;
  actor: string;
  at: string;
  /** Made only while this agent holds it (undefined: whoever holds it). */
  heldBy?: string;
  set?: Partial<Pick<HandoffRecord, 'assignee' | 'assignedAt' | 'firstResponseAt' | 'endedAt' | 'resolution' | 'queuedAt' | 'queue'>>;
  /** Who answers the conversation afterwards, changed in the same transaction. */
  owner?: ConversationOwner;
  /** The ticket's state and assignee afterwards, changed in the same transaction. */
  ticket?: { state: TicketState; assignee: string | null };
  detail?: Record<string, unknown>;
}

export interface HandoffRepository {
  /** Writes the handoff, its first audit line and the conversation's new owner in one transaction. */
  create(handoff: NewHandoff, event: { actor: string; at: string; detail?: Record<string, unknown> }, owner: ConversationOwner): Promise<HandoffRecord>;
  get(id: number): Promise<HandoffRecord | null>;
  /** The conversation's newest handoff, whatever its state. */
  latestForConversation(conversationId: string): Promise<HandoffRecord | null>;
  byTicket(ticketNumber: string): Promise<HandoffRecord | null>;
  /**
   * Applies the transition atomically: the handoff moves only if its state is still one of `from`
   * (and `heldBy` still holds it); the audit line, the conversation's owner and the ticket change in
   * the same transaction. Null when it was not in such a state: somebody else got there first.
   */
  transition(id: number, transition: HandoffTransition): Promise<HandoffRecord | null>;
  /** Handoffs in these states, oldest first. */
  listByState(states: readonly HandoffState[]): Promise<HandoffRecord[]>;
  /** The audit trail, in order. */
  events(id: number): Promise<HandoffEventRecord[]>;
  /** Appends an audit line that changes no state (a reply, a note, a notice). */
  log(id: number, event: { actor: string; at: string; state: HandoffState; detail: Record<string, unknown> }): Promise<void>;
  /** The newest handoffs that ended resolved or returned after an agent had them (wait estimates). */
  recentlyHandled(limit: number): Promise<HandoffRecord[]>;
  /** Remembers the position the customer was told. */
  noticed(id: number, position: number, at: string): Promise<void>;
}

export const AGENT_ROLES = ['agent', 'supervisor'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

/** A person who answers customers in the agent console. */
export interface AgentRecord {
  id: string;
  username: string;
  displayName: string;
  role: AgentRole;
  /** The queues this agent works (a supervisor sees every queue). */
  queues: string[];
  /** scrypt$N$r$p$salt$hash (src/console/passwords.ts). */
  passwordHash: string;
  createdAt: string;
}

export type NewAgent = Omit<AgentRecord, 'createdAt'>;

export interface AgentRepository {
  create(agent: NewAgent, at: string): Promise<AgentRecord>;
  get(id: string): Promise<AgentRecord | null>;
  byUsername(username: string): Promise<AgentRecord | null>;
  list(): Promise<AgentRecord[]>;
  /** Replaces the password hash and ends the agent's sessions, in one transaction. */
  setPassword(id: string, passwordHash: string): Promise<void>;
}

/** A signed-in console session; the cookie carries the id, the store only its hash. */
export interface AgentSessionRecord {
  idHash: string;
  agentId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface AgentSessionRepository {
  create(session: AgentSessionRecord): Promise<void>;
  get(idHash: string): Promise<AgentSessionRecord | null>;
  delete(idHash: string): Promise<void>;
  /** Removes sessions expired before `at`; returns how many. */
  deleteExpired(at: string): Promise<number>;
}

/** Which agents have a console open, across instances (each instance refreshes its own rows). */
export interface AgentPresenceRepository {
  /** This instance has the agent's console open now. */
  beat(agentId: string, instanceId: string, at: string): Promise<void>;
  /** This instance closed the agent's last console. */
  leave(agentId: string, instanceId: string): Promise<void>;
  /** Agents seen by any instance at or after `since`. */
  seenSince(since: string): Promise<string[]>;
  /** Deletes rows not refreshed since `before` (an instance that was killed never said leave); how many. */
  expire(before: string): Promise<number>;
}

/** Failed sign-ins, so the throttle holds across instances. */
export interface SignInFailureRepository {
  record(key: string, at: string): Promise<void>;
  /** Failures for `key` at or after `since`. */
  count(key: string, since: string): Promise<number>;
  /** Forgets the key's failures (a successful sign-in), and any older than `before`. */
  clear(key: string, before: string): Promise<void>;
}

/** An internal note on a ticket: agents read it, customers never do. */
export interface TicketNoteRecord {
  id: number;
  ticketNumber: string;
  agentId: string;
  text: string;
  createdAt: string;
}

export interface TicketNoteRepository {
  add(note: Omit<TicketNoteRecord, 'id' | 'createdAt'>, at: string): Promise<TicketNoteRecord>;
  list(ticketNumber: string): Promise<TicketNoteRecord[]>;
}

export function handoffFromRow(r: Row): HandoffRecord {
  return {
    id: Number(r.id),
    ticketNumber: str(r.ticket_number),
    conversationId: str(r.conversation_id),
    channelId: str(r.channel_id),
    language: str(r.language),
    queue: str(r.queue),
    priority: str(r.priority) as TicketPriority,
    rank: Number(r.rank),
    state: str(r.state) as HandoffState,
    assignee: strOrNull(r.assignee),
    requestedAt: str(r.requested_at),
    queuedAt: strOrNull(r.queued_at),
    assignedAt: strOrNull(r.assigned_at),
    firstResponseAt: strOrNull(r.first_response_at),
    firstResponseDue: str(r.first_response_due),
    resolutionDue: str(r.resolution_due),
    endedAt: strOrNull(r.ended_at),
    resolution: strOrNull(r.resolution),
    context: JSON.parse(str(r.context)) as Record<string, unknown>,
    noticedPosition: r.noticed_position === null || r.noticed_position === undefined ? null : Number(r.noticed_position),
    noticedAt: strOrNull(r.noticed_at),
    updatedAt: str(r.updated_at),
  };
}

export function handoffEventFromRow(r: Row): HandoffEventRecord {
  return {
    handoffId: Number(r.handoff_id),
    seq: Number(r.seq),
    at: str(r.at),
    from: strOrNull(r.from_state) as HandoffState | null,
    to: str(r.to_state) as HandoffState,
    actor: str(r.actor),
    detail: JSON.parse(str(r.detail)) as Record<string, unknown>,
  };
}

export function agentFromRow(r: Row): AgentRecord {
  return {
    id: str(r.id),
    username: str(r.username),
    displayName: str(r.display_name),
    role: str(r.role) as AgentRole,
    queues: JSON.parse(str(r.queues)) as string[],
    passwordHash: str(r.password_hash),
    createdAt: str(r.created_at),
  };
}

export function agentSessionFromRow(r: Row): AgentSessionRecord {
  return {
    idHash: str(r.id_hash),
    agentId: str(r.agent_id),
    csrfToken: str(r.csrf_token),
    createdAt: str(r.created_at),
    expiresAt: str(r.expires_at),
  };
}

export function ticketNoteFromRow(r: Row): TicketNoteRecord {
  return { id: Number(r.id), ticketNumber: str(r.ticket_number), agentId: str(r.agent_id), text: str(r.text), createdAt: str(r.created_at) };
}

/** The columns a transition may set, by record field. */
export const HANDOFF_SETTABLE: Readonly<Record<keyof NonNullable<HandoffTransition['set']>, string>> = {
  assignee: 'assignee',
  assignedAt: 'assigned_at',
  firstResponseAt: 'first_response_at',
  endedAt: 'ended_at',
  resolution: 'resolution',
  queuedAt: 'queued_at',
  queue: 'queue',
};

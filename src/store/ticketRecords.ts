/**
 * Tickets as the agents' work (issue 20): a ticket's timeline of what people did with it, the change
 * (state, owner, queue, priority) that writes one line of it atomically, and the console's search.
 * Records, row mapping and the SQL both stores share (they differ only in parameter markers).
 */
import { Params, type BoundSql, type Placeholders } from './queries.ts';
import { OPEN_TICKET_STATES, type TicketPriority, type TicketQueue, type TicketRecord, type TicketState } from './records.ts';
import { str, type Row } from './rows.ts';

/** What a timeline line records: a move between states, or an action that keeps the state. */
export const TICKET_EVENT_KINDS = ['state', 'assigned', 'reply', 'request', 'queue', 'priority'] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** One line of a ticket's own timeline (notes and customer messages are kept where they were before). */
export interface TicketEventRecord {
  id: number;
  ticketNumber: string;
  at: string;
  /** bot, customer, system, or agent:<id>. */
  actor: string;
  kind: TicketEventKind;
  from: TicketState;
  to: TicketState;
  /** The reason, the text sent, the new owner or queue … */
  detail: Record<string, unknown>;
}

/** The fields of a ticket a change may set besides its state. */
export interface TicketSettable {
  assignee: string | null;
  queue: TicketQueue;
  priority: TicketPriority;
  firstResponseAt: string;
}

/** Column of each settable field. */
export const TICKET_SETTABLE: Readonly<Record<keyof TicketSettable, string>> = {
  assignee: 'assignee',
  queue: 'queue',
  priority: 'priority',
  firstResponseAt: 'first_response_at',
};

/**
 * One change of a ticket and its timeline line, atomically: made only while the ticket is still in
 * one of `from` (compare-and-set), so two agents acting at once cannot both move it.
 */
export interface TicketChange {
  from: readonly TicketState[];
  to: TicketState;
  set?: Partial<TicketSettable>;
  event: { at: string; actor: string; kind: TicketEventKind; detail: Record<string, unknown> };
}

/** The console's ticket list: every filter optional; `text` finds a ticket by any of its keys. */
export interface TicketQuery {
  /** A ticket number, tracking number, customer name, e-mail, phone or account number. */
  text?: string;
  queues?: readonly TicketQueue[];
  states?: readonly TicketState[];
  priorities?: readonly TicketPriority[];
  assignee?: string;
  /** The channel of the conversation that opened it. */
  channel?: string;
  /** The language of that conversation (en, zh, es). */
  language?: string;
  userId?: string;
  accountNumbers?: readonly string[];
  limit?: number;
}

export const DEFAULT_TICKET_LIMIT = 200;
const TICKET_NUMBER = /^CA-\d{6,}$/i;
/** A phone number is searched by its digits once it has this many. */
const PHONE_DIGITS = 6;

export function ticketEventFromRow(r: Row): TicketEventRecord {
  return {
    id: Number(r.id),
    ticketNumber: str(r.ticket_number),
    at: str(r.at),
    actor: str(r.actor),
    kind: str(r.kind) as TicketEventKind,
    from: str(r.from_state) as TicketState,
    to: str(r.to_state) as TicketState,
    detail: JSON.parse(str(r.detail)) as Record<string, unknown>,
  };
}

/** The ticket's queue when its opener did not say: VIP accounts first, then by category. Parameters: account, category. */
export function defaultQueueSql(account: string, category: string): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM accounts WHERE number = ${account} AND tier = 'enterprise_vip') THEN 'vip'
               WHEN ${category} = 'billing_dispute' THEN 'billing' WHEN ${category} = 'customs' THEN 'customs' ELSE 'support' END`;
}

/** The states a ticket is open in, as an SQL list. */
export const OPEN_STATES_SQL = `(${OPEN_TICKET_STATES.map((s) => `'${s}'`).join(', ')})`;

/** The console's search, newest first. Customer keys are read from the ticket's user. */
export function ticketSearchSql(q: TicketQuery, style: Placeholders): BoundSql {
  const p = new Params(style);
  const where: string[] = [];
  const list = (column: string, values: readonly string[] | undefined) => {
    if (values?.length) where.push(`${column} IN (${values.map((v) => p.add(v)).join(', ')})`);
  };
  list('t.queue', q.queues);
  list('t.state', q.states);
  list('t.priority', q.priorities);
  list('t.account_number', q.accountNumbers);
  if (q.assignee) where.push(`t.assignee = ${p.add(q.assignee)}`);
  if (q.userId) where.push(`t.user_id = ${p.add(q.userId)}`);
  if (q.channel) where.push(`c.channel_id = ${p.add(q.channel)}`);
  if (q.language) where.push(`c.locale LIKE ${p.add(`${q.language}%`)}`);
  const text = q.text?.trim();
  // A ticket number is no other key: the unique index answers it alone.
  if (text && TICKET_NUMBER.test(text)) where.push(`t.number = ${p.add(text.toUpperCase())}`);
  else if (text) {
    const keys = [
      `t.number = ${p.add(text.toUpperCase())}`,
      `CAST(t.tracking_numbers AS TEXT) LIKE ${p.add(`%"${text.toUpperCase().replace(/\s+/g, '')}"%`)}`,
      `t.account_number = ${p.add(text.toUpperCase())}`,
      `lower(u.email) = ${p.add(text.toLowerCase())}`,
      `lower(u.name) LIKE ${p.add(`%${text.toLowerCase()}%`)}`,
    ];
    const digits = text.replace(/\D/g, '');
    if (digits.length >= PHONE_DIGITS && /^[\d\s+().-]+$/.test(text)) {
      keys.push(`replace(replace(replace(replace(u.phone, ' ', ''), '-', ''), '+', ''), '.', '') LIKE ${p.add(`%${digits}%`)}`);
    }
    where.push(`(${keys.join(' OR ')})`);
  }
  const sql = `SELECT t.* FROM tickets t
                 LEFT JOIN users u ON u.id = t.user_id
                 LEFT JOIN conversations c ON c.id = t.conversation_id
                ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                ORDER BY t.id DESC LIMIT ${p.add(q.limit ?? DEFAULT_TICKET_LIMIT)}`;
  return { sql, params: p.values };
}

/** The ticket change's UPDATE, after the state was checked. Parameters follow the order of `sets`. */
export function ticketChangeSql(number: string, change: TicketChange, style: Placeholders): BoundSql {
  const p = new Params(style);
  const sets = [`state = ${p.add(change.to)}`, `updated_at = ${p.add(change.event.at)}`];
  for (const [field, value] of Object.entries(change.set ?? {})) sets.push(`${TICKET_SETTABLE[field as keyof TicketSettable]} = ${p.add(value)}`);
  return { sql: `UPDATE tickets SET ${sets.join(', ')} WHERE number = ${p.add(number)}`, params: p.values };
}

/** One timeline line. Parameters: ticket number, at, actor, kind, from, to, detail (JSON). */
export function insertTicketEventSql(style: Placeholders): string {
  const p = new Params(style);
  const values = Array.from({ length: 7 }, (_, i) => p.add(i)).join(', ');
  return `INSERT INTO ticket_events (ticket_number, at, actor, kind, from_state, to_state, detail) VALUES (${values})`;
}

/** Whether the ticket may take the change now (compare-and-set on its state). */
export const changeApplies = (ticket: Pick<TicketRecord, 'state'>, change: TicketChange): boolean => change.from.includes(ticket.state);

/**
 * The timeline line of a ticket change a handoff's move made (claimed, released, resolved …: the
 * ticket's state and owner change in the handoff's transaction), or null when it changed nothing.
 */
export function handoffTicketEvent(
  before: { state: string; assignee: string | null },
  after: { state: TicketState; assignee: string | null },
  handoff: { id: number; move: string },
): { kind: TicketEventKind; from: string; to: TicketState; detail: Record<string, unknown> } | null {
  if (before.state === after.state && before.assignee === after.assignee) return null;
  return {
    kind: before.state === after.state ? 'assigned' : 'state',
    from: before.state,
    to: after.state,
    detail: { handoff: handoff.id, move: handoff.move, ...(before.assignee === after.assignee ? {} : { to: after.assignee, previous: before.assignee }) },
  };
}

import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ticketFromRow, type Row } from '../rows.ts';
import type { NewTicket, TicketCustomerMessage } from '../records.ts';
import { parcelOf, type TicketRepository } from '../store.ts';
import { ticketNumber } from '../ticketNumber.ts';
import { OPEN_STATES_SQL, changeApplies, defaultQueueSql, insertTicketEventSql, ticketChangeSql, ticketEventFromRow, ticketSearchSql, type TicketChange } from '../ticketRecords.ts';

/** Writes a ticket and returns its number, synchronously: usable inside another repository's transaction. */
export function sqliteTicketWriter(db: Database.Database): (ticket: NewTicket, at: string, parcel?: string | null) => string {
  const insert = db.prepare(
    `INSERT INTO tickets (number, category, priority, state, queue, conversation_id, account_number, user_id,
                          tracking_numbers, subject, details, assignee, created_at, updated_at, parcel)
     VALUES (@pending, @category, @priority, 'new', COALESCE(@queue, ${defaultQueueSql('@accountNumber', '@category')}), @conversationId, @accountNumber, @userId,
             @trackingNumbers, @subject, @details, NULL, @at, @at, @parcel)`,
  );
  const setNumber = db.prepare('UPDATE tickets SET number = ? WHERE id = ?');
  const create = db.transaction((params: Record<string, unknown>) => {
    const id = Number(insert.run(params).lastInsertRowid);
    const number = ticketNumber(id);
    setNumber.run(number, id);
    return number;
  });
  return (ticket, at, parcel = null) =>
    create({
      ...ticket,
      queue: ticket.queue ?? null,
      parcel,
      pending: `pending:${randomUUID()}`,
      trackingNumbers: JSON.stringify(ticket.trackingNumbers),
      details: JSON.stringify(ticket.details),
      at,
    });
}

export function sqliteTickets(db: Database.Database): TicketRepository {
  const write = sqliteTicketWriter(db);
  const get = db.prepare('SELECT * FROM tickets WHERE number = ?');
  const forConversation = db.prepare('SELECT * FROM tickets WHERE conversation_id = ? ORDER BY id');
  const openForAccount = db.prepare(`SELECT * FROM tickets WHERE account_number = ? AND category = ? AND state IN ${OPEN_STATES_SQL} ORDER BY id`);
  // One statement, so two messages added at once both stay: '$[#]' appends to the array (made when absent).
  const addMessage = db.prepare(
    `UPDATE tickets SET updated_at = @at,
       details = json_set(details, '$.customerMessages', json_insert(COALESCE(json_extract(details, '$.customerMessages'), '[]'), '$[#]', json(@message)))
     WHERE number = @number`,
  );
  const openOnParcel = db.prepare(`SELECT number FROM tickets WHERE parcel = ? AND category = ? AND state IN ${OPEN_STATES_SQL}`);
  // The check and the insert in one transaction: SQLite runs one writer at a time.
  const openOrAdd = db.transaction((ticket: NewTicket, message: TicketCustomerMessage | null, at: string) => {
    const parcel = parcelOf(ticket);
    const open = openOnParcel.get(parcel, ticket.category) as { number: string } | undefined;
    if (!open) return { number: write(ticket, at, parcel), existing: false };
    if (message) addMessage.run({ number: open.number, message: JSON.stringify(message), at });
    return { number: open.number, existing: true };
  });
  const events = db.prepare('SELECT * FROM ticket_events WHERE ticket_number = ? ORDER BY id');
  const insertEvent = db.prepare(
    insertTicketEventSql('question'),
  );
  // The check, the update and the timeline line in one transaction: SQLite runs one writer at a time.
  const change = db.transaction((number: string, c: TicketChange): Row | null => {
    const before = get.get(number) as Row | undefined;
    if (!before || !changeApplies(ticketFromRow(before), c)) return null;
    const update = ticketChangeSql(number, c, 'question');
    db.prepare(update.sql).run(...update.params);
    insertEvent.run(number, c.event.at, c.event.actor, c.event.kind, String(before.state), c.to, JSON.stringify(c.event.detail));
    return get.get(number) as Row;
  });
  return {
    async create(ticket, at) {
      return ticketFromRow(get.get(write(ticket, at)) as Row);
    },
    async get(number) {
      const r = get.get(number) as Row | undefined;
      return r ? ticketFromRow(r) : null;
    },
    async listForConversation(conversationId) {
      return (forConversation.all(conversationId) as Row[]).map(ticketFromRow);
    },
    async openForAccount(accountNumber, category) {
      return (openForAccount.all(accountNumber, category) as Row[]).map(ticketFromRow);
    },
    async addCustomerMessage(number, message, at) {
      addMessage.run({ number, message: JSON.stringify(message), at });
      const r = get.get(number) as Row | undefined;
      return r ? ticketFromRow(r) : null;
    },
    async openOnParcel(ticket, message, at) {
      const { number, existing } = openOrAdd(ticket, message, at);
      return { ticket: ticketFromRow(get.get(number) as Row), existing };
    },
    async change(number, c) {
      const r = change(number, c);
      return r ? ticketFromRow(r) : null;
    },
    async events(number) {
      return (events.all(number) as Row[]).map(ticketEventFromRow);
    },
    async search(query) {
      const { sql, params } = ticketSearchSql(query, 'question');
      return (db.prepare(sql).all(...params) as Row[]).map(ticketFromRow);
    },
  };
}

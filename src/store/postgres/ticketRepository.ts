import type pg from 'pg';
import { ticketFromRow, type Row } from '../rows.ts';
import type { NewTicket, TicketRecord } from '../records.ts';
import { parcelOf, type TicketRepository } from '../store.ts';
import { ticketNumber } from '../ticketNumber.ts';
import { OPEN_STATES_SQL, changeApplies, defaultQueueSql, insertTicketEventSql, ticketChangeSql, ticketEventFromRow, ticketSearchSql } from '../ticketRecords.ts';
import { inTransaction } from './pool.ts';

/**
 * Writes a ticket through `db` (the pool, or a client inside another repository's transaction). Takes
 * the next id from the identity sequence first, so the row is written once with its number.
 */
export async function insertTicket(db: pg.Pool | pg.ClientBase, ticket: NewTicket, at: string): Promise<TicketRecord> {
  return (await insertTicketRow(db, ticket, at, null, ''))!;
}

/** One open ticket per parcel and category: the insert does nothing (null) when one is open already. */
const ON_OPEN_PARCEL = `ON CONFLICT (parcel, category) WHERE parcel IS NOT NULL AND state IN ${OPEN_STATES_SQL} DO NOTHING`;

async function insertTicketRow(db: pg.Pool | pg.ClientBase, ticket: NewTicket, at: string, parcel: string | null, onConflict: string): Promise<TicketRecord | null> {
  const next = await db.query<Row>("SELECT nextval(pg_get_serial_sequence('tickets', 'id')) AS id");
  const id = Number(next.rows[0]!.id);
  const { rows } = await db.query<Row>(
    `INSERT INTO tickets (id, number, category, priority, state, queue, conversation_id, account_number, user_id,
                          tracking_numbers, subject, details, assignee, created_at, updated_at, parcel)
     VALUES ($1, $2, $3, $4, 'new', COALESCE($13, ${defaultQueueSql('$6::text', '$3::text')}), $5, $6, $7, $8, $9, $10, NULL, $11, $11, $12)
     ${onConflict} RETURNING *`,
    [
      id,
      ticketNumber(id),
      ticket.category,
      ticket.priority,
      ticket.conversationId,
      ticket.accountNumber,
      ticket.userId,
      JSON.stringify(ticket.trackingNumbers),
      ticket.subject,
      JSON.stringify(ticket.details),
      at,
      parcel,
      ticket.queue ?? null,
    ],
  );
  return rows[0] ? ticketFromRow(rows[0]) : null;
}

export function postgresTickets(pool: pg.Pool): TicketRepository {
  const repository: TicketRepository = {
    async create(ticket, at) {
      return insertTicket(pool, ticket, at);
    },
    async get(number) {
      const { rows } = await pool.query<Row>('SELECT * FROM tickets WHERE number = $1', [number]);
      return rows[0] ? ticketFromRow(rows[0]) : null;
    },
    async listForConversation(conversationId) {
      const { rows } = await pool.query<Row>('SELECT * FROM tickets WHERE conversation_id = $1 ORDER BY id', [conversationId]);
      return rows.map(ticketFromRow);
    },
    async openForAccount(accountNumber, category) {
      const { rows } = await pool.query<Row>(
        `SELECT * FROM tickets WHERE account_number = $1 AND category = $2 AND state IN ${OPEN_STATES_SQL} ORDER BY id`,
        [accountNumber, category],
      );
      return rows.map(ticketFromRow);
    },
    async addCustomerMessage(number, message, at) {
      // One statement, so two messages added at once both stay (details is json: through jsonb and back).
      const { rows } = await pool.query<Row>(
        `UPDATE tickets SET updated_at = $3,
           details = (details::jsonb || jsonb_build_object('customerMessages', COALESCE(details::jsonb -> 'customerMessages', '[]'::jsonb) || jsonb_build_array($2::jsonb)))::json
         WHERE number = $1 RETURNING *`,
        [number, JSON.stringify(message), at],
      );
      return rows[0] ? ticketFromRow(rows[0]) : null;
    },
    async openOnParcel(ticket, message, at) {
      const parcel = parcelOf(ticket);
      // Add to the open one, else insert; an insert that lost a race to another finds that one next time.
      for (;;) {
        const { rows } = await pool.query<Row>(`SELECT number FROM tickets WHERE parcel = $1 AND category = $2 AND state IN ${OPEN_STATES_SQL}`, [parcel, ticket.category]);
        const number = rows[0] ? String(rows[0].number) : null;
        const open = number ? (message ? await repository.addCustomerMessage(number, message, at) : await repository.get(number)) : null;
        if (open) return { ticket: open, existing: true };
        const created = await insertTicketRow(pool, ticket, at, parcel, ON_OPEN_PARCEL);
        if (created) return { ticket: created, existing: false };
      }
    },
    async change(number, c) {
      const row = await inTransaction(pool, async (client) => {
        // The row lock makes a concurrent change wait here, then see the state the first one left.
        const { rows } = await client.query<Row>('SELECT * FROM tickets WHERE number = $1 FOR UPDATE', [number]);
        const before = rows[0];
        if (!before || !changeApplies(ticketFromRow(before), c)) return null;
        const update = ticketChangeSql(number, c, 'dollar');
        await client.query(update.sql, update.params);
        await client.query(
          insertTicketEventSql('dollar'),
          [number, c.event.at, c.event.actor, c.event.kind, String(before.state), c.to, JSON.stringify(c.event.detail)],
        );
        return (await client.query<Row>('SELECT * FROM tickets WHERE number = $1', [number])).rows[0]!;
      });
      return row ? ticketFromRow(row) : null;
    },
    async events(number) {
      const { rows } = await pool.query<Row>('SELECT * FROM ticket_events WHERE ticket_number = $1 ORDER BY id', [number]);
      return rows.map(ticketEventFromRow);
    },
    async search(query) {
      const { sql, params } = ticketSearchSql(query, 'dollar');
      const { rows } = await pool.query<Row>(sql, params);
      return rows.map(ticketFromRow);
    },
  };
  return repository;
}

import type pg from 'pg';
import { invoiceDisputeFromRow, invoiceFromRow, type Row } from '../rows.ts';
import type { InvoiceDisputeRepository, InvoiceRepository } from '../store.ts';
import { inTransaction } from './pool.ts';
import { insertTicket } from './ticketRepository.ts';

export function postgresInvoices(pool: pg.Pool): InvoiceRepository {
  return {
    async listForAccount(accountNumber, limit) {
      const { rows } = await pool.query<Row>(
        'SELECT * FROM invoices WHERE account_number = $1 ORDER BY period_start DESC, number DESC LIMIT $2',
        [accountNumber, limit],
      );
      return rows.map(invoiceFromRow);
    },
    async get(number) {
      const { rows } = await pool.query<Row>('SELECT * FROM invoices WHERE number = $1', [number]);
      return rows[0] ? invoiceFromRow(rows[0]) : null;
    },
  };
}

export function postgresInvoiceDisputes(pool: pg.Pool): InvoiceDisputeRepository {
  return {
    async create(dispute, ticket, at) {
      return inTransaction(pool, async (client) => {
        const marked = await client.query("UPDATE invoices SET status = 'disputed' WHERE number = $1 AND account_number = $2", [
          dispute.invoiceNumber,
          dispute.accountNumber,
        ]);
        if (marked.rowCount !== 1) throw new Error(`invoice ${dispute.invoiceNumber} is not an invoice of account ${dispute.accountNumber}`);
        const created = await insertTicket(client, ticket, at);
        const { rows } = await client.query<Row>(
          `INSERT INTO invoice_disputes (invoice_number, account_number, user_id, reason, amount_disputed, created_at, ticket_number)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
          [dispute.invoiceNumber, dispute.accountNumber, dispute.userId, dispute.reason, dispute.amountDisputed, at, created.number],
        );
        return { dispute: invoiceDisputeFromRow(rows[0]!), ticket: created };
      });
    },
    async listForInvoice(invoiceNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM invoice_disputes WHERE invoice_number = $1 ORDER BY id', [invoiceNumber]);
      return rows.map(invoiceDisputeFromRow);
    },
  };
}

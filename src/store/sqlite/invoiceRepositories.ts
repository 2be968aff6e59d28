import type Database from 'better-sqlite3';
import { invoiceDisputeFromRow, invoiceFromRow, ticketFromRow, type Row } from '../rows.ts';
import type { InvoiceDisputeRepository, InvoiceRepository } from '../store.ts';
import { sqliteTicketWriter } from './ticketRepository.ts';

export function sqliteInvoices(db: Database.Database): InvoiceRepository {
  const forAccount = db.prepare('SELECT * FROM invoices WHERE account_number = ? ORDER BY period_start DESC, number DESC LIMIT ?');
  const get = db.prepare('SELECT * FROM invoices WHERE number = ?');
  return {
    async listForAccount(accountNumber, limit) {
      return (forAccount.all(accountNumber, limit) as Row[]).map(invoiceFromRow);
    },
    async get(number) {
      const r = get.get(number) as Row | undefined;
      return r ? invoiceFromRow(r) : null;
    },
  };
}

export function sqliteInvoiceDisputes(db: Database.Database): InvoiceDisputeRepository {
  const writeTicket = sqliteTicketWriter(db);
  const markDisputed = db.prepare("UPDATE invoices SET status = 'disputed' WHERE number = ? AND account_number = ?");
  const insert = db.prepare(
    `INSERT INTO invoice_disputes (invoice_number, account_number, user_id, reason, amount_disputed, created_at, ticket_number)
     VALUES (@invoiceNumber, @accountNumber, @userId, @reason, @amountDisputed, @at, @ticketNumber)`,
  );
  const getDispute = db.prepare('SELECT * FROM invoice_disputes WHERE id = ?');
  const getTicket = db.prepare('SELECT * FROM tickets WHERE number = ?');
  const forInvoice = db.prepare('SELECT * FROM invoice_disputes WHERE invoice_number = ? ORDER BY id');
  const open = db.transaction((dispute: Parameters<InvoiceDisputeRepository['create']>[0], ticket: Parameters<InvoiceDisputeRepository['create']>[1], at: string) => {
    if (markDisputed.run(dispute.invoiceNumber, dispute.accountNumber).changes !== 1) {
      throw new Error(`invoice ${dispute.invoiceNumber} is not an invoice of account ${dispute.accountNumber}`);
    }
    const ticketNumber = writeTicket(ticket, at);
    const id = Number(insert.run({ ...dispute, at, ticketNumber }).lastInsertRowid);
    return { id, ticketNumber };
  });
  return {
    async create(dispute, ticket, at) {
      const { id, ticketNumber } = open(dispute, ticket, at);
      return {
        dispute: invoiceDisputeFromRow(getDispute.get(id) as Row),
        ticket: ticketFromRow(getTicket.get(ticketNumber) as Row),
      };
    },
    async listForInvoice(invoiceNumber) {
      return (forInvoice.all(invoiceNumber) as Row[]).map(invoiceDisputeFromRow);
    },
  };
}

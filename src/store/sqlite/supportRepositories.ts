import type Database from 'better-sqlite3';
import type { Row } from '../rows.ts';
import {
  deliveryChangeFromRow,
  deliveryInstructionFromRow,
  largestParcelsSql,
  laneServiceEmissionsSql,
  laneServiceFromRow,
  parcelEmissionsFromRow,
  ticketAttachmentFromRow,
  type DeliveryChangeRepository,
  type DeliveryInstructionRepository,
  type EmissionsRepository,
  type TicketAttachmentRepository,
} from '../supportRecords.ts';

export function sqliteDeliveryChanges(db: Database.Database): DeliveryChangeRepository {
  const insert = db.prepare(
    `INSERT INTO delivery_changes (tracking_number, account_number, kind, value, requested_by, created_at, status)
     VALUES (@trackingNumber, @accountNumber, @kind, @value, @requestedBy, @at, 'requested')`,
  );
  const get = db.prepare('SELECT * FROM delivery_changes WHERE id = ?');
  const forParcel = db.prepare('SELECT * FROM delivery_changes WHERE tracking_number = ? ORDER BY id');
  return {
    async create(change, at) {
      const id = Number(insert.run({ ...change, at }).lastInsertRowid);
      return deliveryChangeFromRow(get.get(id) as Row);
    },
    async get(id) {
      const r = get.get(id) as Row | undefined;
      return r ? deliveryChangeFromRow(r) : null;
    },
    async listForParcel(trackingNumber) {
      return (forParcel.all(trackingNumber) as Row[]).map(deliveryChangeFromRow);
    },
  };
}

export function sqliteDeliveryInstructions(db: Database.Database): DeliveryInstructionRepository {
  const insert = db.prepare(
    `INSERT INTO delivery_instructions (tracking_number, account_number, instruction, requested_by, created_at, status)
     VALUES (@trackingNumber, @accountNumber, @instruction, @requestedBy, @at, 'requested')`,
  );
  const get = db.prepare('SELECT * FROM delivery_instructions WHERE id = ?');
  const forParcel = db.prepare('SELECT * FROM delivery_instructions WHERE tracking_number = ? ORDER BY id');
  return {
    async create(instruction, at) {
      const id = Number(insert.run({ ...instruction, at }).lastInsertRowid);
      return deliveryInstructionFromRow(get.get(id) as Row);
    },
    async get(id) {
      const r = get.get(id) as Row | undefined;
      return r ? deliveryInstructionFromRow(r) : null;
    },
    async listForParcel(trackingNumber) {
      return (forParcel.all(trackingNumber) as Row[]).map(deliveryInstructionFromRow);
    },
  };
}

export function sqliteTicketAttachments(db: Database.Database): TicketAttachmentRepository {
  const insert = db.prepare(
    `INSERT INTO ticket_attachments (ticket_number, content_url, content_type, file_name, size_bytes, created_at)
     VALUES (@ticketNumber, @contentUrl, @contentType, @fileName, @sizeBytes, @at)`,
  );
  const get = db.prepare('SELECT * FROM ticket_attachments WHERE id = ?');
  const forTicket = db.prepare('SELECT * FROM ticket_attachments WHERE ticket_number = ? ORDER BY id');
  return {
    async add(attachment, at) {
      const id = Number(insert.run({ ...attachment, at }).lastInsertRowid);
      return ticketAttachmentFromRow(get.get(id) as Row);
    },
    async listForTicket(ticketNumber) {
      return (forTicket.all(ticketNumber) as Row[]).map(ticketAttachmentFromRow);
    },
  };
}

export function sqliteEmissions(db: Database.Database): EmissionsRepository {
  const lanes = db.prepare(laneServiceEmissionsSql('question'));
  const largest = db.prepare(largestParcelsSql('question'));
  return {
    async byLaneAndService(q) {
      return (lanes.all(q.accountNumber, q.shipDateFrom, q.shipDateTo) as Row[]).map(laneServiceFromRow);
    },
    async largestParcels(q, limit) {
      return (largest.all(q.accountNumber, q.shipDateFrom, q.shipDateTo, limit) as Row[]).map(parcelEmissionsFromRow);
    },
  };
}

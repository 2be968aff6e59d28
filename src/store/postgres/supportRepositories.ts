import type pg from 'pg';
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

export function postgresDeliveryChanges(pool: pg.Pool): DeliveryChangeRepository {
  return {
    async create(change, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO delivery_changes (tracking_number, account_number, kind, value, requested_by, created_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'requested') RETURNING *`,
        [change.trackingNumber, change.accountNumber, change.kind, change.value, change.requestedBy, at],
      );
      return deliveryChangeFromRow(rows[0]!);
    },
    async get(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM delivery_changes WHERE id = $1', [id]);
      return rows[0] ? deliveryChangeFromRow(rows[0]) : null;
    },
    async listForParcel(trackingNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM delivery_changes WHERE tracking_number = $1 ORDER BY id', [trackingNumber]);
      return rows.map(deliveryChangeFromRow);
    },
  };
}

export function postgresDeliveryInstructions(pool: pg.Pool): DeliveryInstructionRepository {
  return {
    async create(instruction, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO delivery_instructions (tracking_number, account_number, instruction, requested_by, created_at, status)
         VALUES ($1, $2, $3, $4, $5, 'requested') RETURNING *`,
        [instruction.trackingNumber, instruction.accountNumber, instruction.instruction, instruction.requestedBy, at],
      );
      return deliveryInstructionFromRow(rows[0]!);
    },
    async get(id) {
      const { rows } = await pool.query<Row>('SELECT * FROM delivery_instructions WHERE id = $1', [id]);
      return rows[0] ? deliveryInstructionFromRow(rows[0]) : null;
    },
    async listForParcel(trackingNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM delivery_instructions WHERE tracking_number = $1 ORDER BY id', [trackingNumber]);
      return rows.map(deliveryInstructionFromRow);
    },
  };
}

export function postgresTicketAttachments(pool: pg.Pool): TicketAttachmentRepository {
  return {
    async add(attachment, at) {
      const { rows } = await pool.query<Row>(
        `INSERT INTO ticket_attachments (ticket_number, content_url, content_type, file_name, size_bytes, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [attachment.ticketNumber, attachment.contentUrl, attachment.contentType, attachment.fileName, attachment.sizeBytes, at],
      );
      return ticketAttachmentFromRow(rows[0]!);
    },
    async listForTicket(ticketNumber) {
      const { rows } = await pool.query<Row>('SELECT * FROM ticket_attachments WHERE ticket_number = $1 ORDER BY id', [ticketNumber]);
      return rows.map(ticketAttachmentFromRow);
    },
  };
}

export function postgresEmissions(pool: pg.Pool): EmissionsRepository {
  const lanes = laneServiceEmissionsSql('dollar');
  const largest = largestParcelsSql('dollar');
  return {
    async byLaneAndService(q) {
      return (await pool.query<Row>(lanes, [q.accountNumber, q.shipDateFrom, q.shipDateTo])).rows.map(laneServiceFromRow);
    },
    async largestParcels(q, limit) {
      return (await pool.query<Row>(largest, [q.accountNumber, q.shipDateFrom, q.shipDateTo, limit])).rows.map(parcelEmissionsFromRow);
    },
  };
}

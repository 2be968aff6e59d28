/**
 * SQL that reads the same in both dialects except for its parameter markers (`?` in SQLite, `$1`
 * in PostgreSQL): the account-scoped shipment search and the conversation patch.
 */
import { PROVIDER_STATUS_ORDER, type OutboundStatus } from './records.ts';
import type { ConversationRepository, ShipmentSearch } from './store.ts';

export type Placeholders = 'question' | 'dollar';

export interface BoundSql {
  sql: string;
  params: unknown[];
}

/** Collects parameter values and answers the marker for each. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly style: Placeholders) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.style === 'dollar' ? `$${this.values.length}` : '?';
  }
}

export const DEFAULT_SEARCH_LIMIT = 200;

/** An account-scoped search; the account filter is always first. Newest ship date first. */
export function shipmentSearchSql(q: ShipmentSearch, style: Placeholders): BoundSql {
  const p = new Params(style);
  const where = [`account_number = ${p.add(q.accountNumber)}`];
  if (q.shipDateFrom) where.push(`ship_date >= ${p.add(q.shipDateFrom)}`);
  if (q.shipDateTo) where.push(`ship_date <= ${p.add(q.shipDateTo)}`);
  if (q.originCountry) where.push(`origin_country = ${p.add(q.originCountry)}`);
  if (q.originCity) where.push(`origin_city = ${p.add(q.originCity)}`);
  if (q.destinationCountry) where.push(`destination_country = ${p.add(q.destinationCountry)}`);
  if (q.destinationCity) where.push(`destination_city = ${p.add(q.destinationCity)}`);
  if (q.originCities?.length) where.push(`origin_city IN (${q.originCities.map((c) => p.add(c)).join(', ')})`);
  if (q.destinationCities?.length) where.push(`destination_city IN (${q.destinationCities.map((c) => p.add(c)).join(', ')})`);
  if (q.statuses?.length) where.push(`status IN (${q.statuses.map((s) => p.add(s)).join(', ')})`);
  if (q.serviceCodes?.length) where.push(`service_code IN (${q.serviceCodes.map((s) => p.add(s)).join(', ')})`);
  const sql = `SELECT * FROM shipments WHERE ${where.join(' AND ')} ORDER BY ship_date DESC, tracking_number LIMIT ${p.add(q.limit ?? DEFAULT_SEARCH_LIMIT)}`;
  return { sql, params: p.values };
}

export type ConversationPatch = Parameters<ConversationRepository['update']>[1];

const PATCHABLE = {
  userId: 'user_id',
  accountNumber: 'account_number',
  locale: 'locale',
  timeZone: 'time_zone',
  owner: 'owner',
  state: 'state',
} as const;

/** UPDATE for the fields the patch names (undefined leaves a field alone); always bumps updated_at. */
export function conversationUpdateSql(id: string, patch: ConversationPatch, at: string, style: Placeholders): BoundSql {
  const p = new Params(style);
  const sets: string[] = [];
  for (const [key, column] of Object.entries(PATCHABLE)) {
    const value = (patch as Record<string, unknown>)[key];
    if (value === undefined) continue;
    sets.push(`${column} = ${p.add(key === 'state' ? JSON.stringify(value) : value)}`);
  }
  sets.push(`updated_at = ${p.add(at)}`);
  return { sql: `UPDATE conversations SET ${sets.join(', ')} WHERE id = ${p.add(id)}`, params: p.values };
}

/**
 * The e-mail as `lower(email)` reads in both stores: ASCII letters folded, nothing else (SQLite's
 * lower() and PostgreSQL's under COLLATE "C" agree on exactly that). Folding here, not in SQL, keeps
 * the parameter out of the database's own collation.
 */
export function emailKey(email: string): string {
  return email.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** `pending(limit)` without a cap on attempts: the largest value an integer column compares with. */
export const NO_ATTEMPT_CAP = 2 ** 31 - 1;

/**
 * Claims the oldest unsent, unclaimed e-mail: $1 claimed until, $2 attempts below, $3 now, $4 limit.
 * PostgreSQL skips rows another instance is claiming at the same moment; SQLite (one writer) drops
 * the locking clause.
 */
export const CLAIM_OUTBOX_SQL = `UPDATE outbox SET claimed_until = $1
 WHERE id IN (
   SELECT id FROM outbox
    WHERE sent_at IS NULL AND attempts < $2 AND (claimed_until IS NULL OR claimed_until <= $3)
    ORDER BY id LIMIT $4
      FOR UPDATE SKIP LOCKED)
 RETURNING *`;

/**
 * A CASE expression giving an outbound status its position in PROVIDER_STATUS_ORDER (0 for the
 * statuses before the platform has the message): updates only move forward.
 */
export function outboundStatusRankSql(column: string): string {
  return `(CASE ${column} ${PROVIDER_STATUS_ORDER.map((s, i) => `WHEN '${s}' THEN ${i + 1}`).join(' ')} ELSE 0 END)`;
}

/** The position of a status in PROVIDER_STATUS_ORDER, as outboundStatusRankSql computes it in SQL. */
export function outboundStatusRank(status: OutboundStatus): number {
  return PROVIDER_STATUS_ORDER.indexOf(status) + 1;
}

/**
 * What the supervisor's charts read (issue 20): the handoffs asked for or ended in a span, and the
 * conversations started in it with whether people ever had them. The figures are computed from these
 * rows in src/metrics/supervisorCharts.ts.
 */
import type { HandoffRecord } from './handoffRecords.ts';
import { str, type Row } from './rows.ts';

/** A conversation as the containment figure needs it. */
export interface ConversationSpan {
  id: string;
  channelId: string;
  externalUserId: string;
  createdAt: string;
  /** Its last change (the last turn). */
  updatedAt: string;
  /** People had it at some point (a handoff was opened). */
  handedOff: boolean;
}

export interface SupervisorStatsRepository {
  /** Handoffs requested, or ended, at or after `from` and before `to`, in id order. */
  handoffsBetween(from: string, to: string): Promise<HandoffRecord[]>;
  /** Conversations started at or after `from` and before `to`, oldest first. */
  conversationsBetween(from: string, to: string): Promise<ConversationSpan[]>;
}

export const HANDOFFS_BETWEEN_SQL = (p: (n: number) => string) =>
  `SELECT * FROM handoffs WHERE (requested_at >= ${p(1)} AND requested_at < ${p(2)}) OR (ended_at >= ${p(1)} AND ended_at < ${p(2)}) ORDER BY id`;

export const CONVERSATIONS_BETWEEN_SQL = (p: (n: number) => string) =>
  `SELECT c.id, c.channel_id, c.external_user_id, c.created_at, c.updated_at,
          EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id) AS handed_off
     FROM conversations c WHERE c.created_at >= ${p(1)} AND c.created_at < ${p(2)} ORDER BY c.created_at, c.id`;

export function conversationSpanFromRow(r: Row): ConversationSpan {
  return {
    id: str(r.id),
    channelId: str(r.channel_id),
    externalUserId: str(r.external_user_id),
    createdAt: str(r.created_at),
    updatedAt: str(r.updated_at),
    handedOff: r.handed_off === true || Number(r.handed_off) === 1,
  };
}

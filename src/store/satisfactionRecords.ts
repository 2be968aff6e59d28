/**
 * Satisfaction surveys (issue 20): asked once after people resolved a conversation (later a ticket),
 * answered with a 1-5 rating and an optional comment, kept with the conversation, agent and ticket.
 */
import { str, strOrNull, type Row } from './rows.ts';

export interface SatisfactionSurveyRecord {
  id: number;
  conversationId: string;
  ticketNumber: string | null;
  handoffId: number | null;
  /** The agent who had the conversation. */
  agentId: string | null;
  channelId: string;
  language: string;
  askedAt: string;
  rating: number | null;
  ratedAt: string | null;
  comment: string | null;
  /** The survey stopped waiting for an answer: commented, declined, or the customer went on with something else. */
  closedAt: string | null;
}

export type NewSatisfactionSurvey = Pick<SatisfactionSurveyRecord, 'conversationId' | 'ticketNumber' | 'handoffId' | 'agentId' | 'channelId' | 'language'>;

export interface SatisfactionRepository {
  /** Asks: a new open survey; null when this handoff was already asked (asked once). */
  ask(survey: NewSatisfactionSurvey, at: string): Promise<SatisfactionSurveyRecord | null>;
  /** The conversation's survey still waiting for an answer (the newest), or null. */
  pending(conversationId: string): Promise<SatisfactionSurveyRecord | null>;
  /** Records the rating of an open survey; null when it is closed or unknown. */
  rate(id: number, rating: number, at: string): Promise<SatisfactionSurveyRecord | null>;
  /** Closes an open survey, with the customer's comment when there is one. */
  close(id: number, at: string, comment?: string): Promise<SatisfactionSurveyRecord | null>;
  /** Rated surveys whose rating came at or after `from` and before `to`, oldest first (the supervisor's charts). */
  ratedBetween(from: string, to: string): Promise<SatisfactionSurveyRecord[]>;
}

export function surveyFromRow(r: Row): SatisfactionSurveyRecord {
  const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: Number(r.id),
    conversationId: str(r.conversation_id),
    ticketNumber: strOrNull(r.ticket_number),
    handoffId: numOrNull(r.handoff_id),
    agentId: strOrNull(r.agent_id),
    channelId: str(r.channel_id),
    language: str(r.language),
    askedAt: str(r.asked_at),
    rating: numOrNull(r.rating),
    ratedAt: strOrNull(r.rated_at),
    comment: strOrNull(r.comment),
    closedAt: strOrNull(r.closed_at),
  };
}

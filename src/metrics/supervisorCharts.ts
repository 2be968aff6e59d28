/**
 * The supervisor's charts (issue 20), per day over the last days in the desk's zone: satisfaction
 * (average rating and how many), the first response and the resolution against their SLA (median
 * time and the share within it), and containment: the share of conversations the bot finished
 * without a person (no handoff, and no new conversation from that customer within 24 hours). Pure:
 * the rows come from the store (src/store/supervisorRecords.ts, satisfactionRecords.ts).
 */
import type { HandoffRecord } from '../store/handoffRecords.ts';
import type { SatisfactionSurveyRecord } from '../store/satisfactionRecords.ts';
import type { ConversationSpan, SupervisorStatsRepository } from '../store/supervisorRecords.ts';
import type { SatisfactionRepository } from '../store/satisfactionRecords.ts';

const DAY_MS = 86_400_000;
/** A conversation is contained when the customer did not come back within this long. */
export const CONTAINMENT_WINDOW_MS = DAY_MS;
export const CHART_DAYS = 14;

/** How a span of times did against its SLA. */
export interface SlaFigures {
  count: number;
  medianSeconds: number | null;
  /** Share (0-1) done by the deadline; null when there were none. */
  withinSla: number | null;
}

export interface DayFigures {
  /** The local date in the desk's zone, YYYY-MM-DD. */
  date: string;
  csat: { count: number; average: number | null };
  /** Handoffs asked for that day that got an agent's first answer. */
  firstResponse: SlaFigures;
  /** Handoffs an agent ended (resolved or handed back) that day. */
  resolution: SlaFigures;
  /** Conversations started that day: judged once their 24 hours are over; `share` of the judged ones. */
  contained: { conversations: number; judged: number; contained: number; share: number | null };
}

export interface SupervisorCharts {
  timeZone: string;
  days: DayFigures[];
}

export interface ChartRows {
  surveys: readonly SatisfactionSurveyRecord[];
  handoffs: readonly HandoffRecord[];
  conversations: readonly ConversationSpan[];
}

/** The local date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
}

/** The last `days` local dates up to today, oldest first. */
export function lastDates(now: Date, timeZone: string, days: number): string[] {
  const [y, m, d] = localDate(now, timeZone).split('-').map(Number) as [number, number, number];
  return Array.from({ length: days }, (_, i) => new Date(Date.UTC(y, m - 1, d - (days - 1 - i))).toISOString().slice(0, 10));
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function slaFigures(spans: readonly { seconds: number; within: boolean }[]): SlaFigures {
  return {
    count: spans.length,
    medianSeconds: median(spans.map((s) => s.seconds)),
    withinSla: spans.length ? spans.filter((s) => s.within).length / spans.length : null,
  };
}

const seconds = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 1000);
const ENDED_BY_AGENT: readonly HandoffRecord['state'][] = ['resolved', 'returned'];

/** The per-day figures from the rows; `now` decides today and which conversations can be judged yet. */
export function chartsFrom(rows: ChartRows, now: Date, timeZone: string, days = CHART_DAYS): SupervisorCharts {
  const day = (at: string) => localDate(at, timeZone);
  const customer = (c: ConversationSpan) => `${c.channelId}\u0000${c.externalUserId}`;
  return {
    timeZone,
    days: lastDates(now, timeZone, days).map((date) => {
      const ratings = rows.surveys.filter((s) => s.rating !== null && s.ratedAt && day(s.ratedAt) === date).map((s) => s.rating!);
      const answered = rows.handoffs.filter((h) => h.firstResponseAt && day(h.requestedAt) === date);
      const ended = rows.handoffs.filter((h) => ENDED_BY_AGENT.includes(h.state) && h.assignedAt && h.endedAt && day(h.endedAt) === date);
      const started = rows.conversations.filter((c) => day(c.createdAt) === date);
      const judged = started.filter((c) => Date.parse(c.updatedAt) + CONTAINMENT_WINDOW_MS <= now.getTime());
      const contained = judged.filter(
        (c) =>
          !c.handedOff &&
          !rows.conversations.some(
            (o) => o.id !== c.id && customer(o) === customer(c) && o.createdAt > c.createdAt && Date.parse(o.createdAt) <= Date.parse(c.updatedAt) + CONTAINMENT_WINDOW_MS,
          ),
      );
      return {
        date,
        csat: { count: ratings.length, average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null },
        firstResponse: slaFigures(answered.map((h) => ({ seconds: seconds(h.requestedAt, h.firstResponseAt!), within: h.firstResponseAt! <= h.firstResponseDue }))),
        resolution: slaFigures(ended.map((h) => ({ seconds: seconds(h.requestedAt, h.endedAt!), within: h.endedAt! <= h.resolutionDue }))),
        contained: { conversations: started.length, judged: judged.length, contained: contained.length, share: judged.length ? contained.length / judged.length : null },
      };
    }),
  };
}

/** Reads the rows of the last `days` (a day more, whatever the zone) and computes the charts. */
export async function supervisorCharts(store: { satisfaction: SatisfactionRepository; supervisorStats: SupervisorStatsRepository }, now: Date, timeZone: string, days = CHART_DAYS): Promise<SupervisorCharts> {
  const from = new Date(now.getTime() - (days + 1) * DAY_MS).toISOString();
  const to = new Date(now.getTime() + 1).toISOString();
  const [surveys, handoffs, conversations] = await Promise.all([
    store.satisfaction.ratedBetween(from, to),
    store.supervisorStats.handoffsBetween(from, to),
    store.supervisorStats.conversationsBetween(from, to),
  ]);
  return chartsFrom({ surveys, handoffs, conversations }, now, timeZone, days);
}

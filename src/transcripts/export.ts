/**
 * Recording: a stored conversation (every activity in and out is in the store) written as a transcript,
 * native or Bot Framework `.transcript`, redacted unless asked otherwise. The native text is made
 * from the `.transcript` activities by the same reader the runner uses, so an export replays as read.
 */
import type { Activity } from '../activity.ts';
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import { ticketNumber } from '../store/ticketNumber.ts';
import { HEADER_TRACE, TICKET_TRACE, botFrameworkToNative } from './botFrameworkFormat.ts';
import type { TranscriptHeader } from './model.ts';
import { withAgentTurns } from './agentTurns.ts';
import { knownPersonalData, pseudonymise } from '../privacy/personalData.ts';
import { Redactor } from '../privacy/redact.ts';
import { isParseTrace, understandingOf } from './seen.ts';

export type ExportFormat = 'native' | 'transcript';

export interface ExportOptions {
  format: ExportFormat;
  redact: boolean;
  /** The channels the replay can drive (the composition root's drivers); default: web chat only. */
  replayChannels?: readonly string[];
}

export interface ExportResult {
  text: string;
  /** How many values of each kind were redacted (counts only). */
  redacted: Record<string, number> | null;
}

export class ConversationNotFound extends Error {}

export async function exportConversation(store: Store, config: Pick<Config, 'demo'>, conversationId: string, options: ExportOptions): Promise<ExportResult> {
  const conversation = await store.conversations.get(conversationId);
  if (!conversation) throw new ConversationNotFound(`no conversation "${conversationId}" in the store (DATABASE_URL)`);
  const stored = await store.activities.list(conversationId);
  const tickets = await store.tickets.listForConversation(conversationId);

  const firstAt = stored.find((s) => s.activity.timestamp)?.activity.timestamp ?? conversation.createdAt;
  const header: TranscriptHeader = {
    now: new Date(firstAt).toISOString(),
    timeZone: conversation.timeZone,
    // A channel the runner cannot drive (the terminal) replays on web chat.
    channel: (options.replayChannels ?? ['webchat']).includes(conversation.channelId) ? conversation.channelId : 'webchat',
    fixture: { kind: 'demo', seed: config.demo.seed, scale: config.demo.scale },
    user: conversation.userId,
    locale: stored.find((s) => s.direction === 'in' && s.activity.locale)?.activity.locale ?? conversation.locale,
    agent: null,
  };

  // Tickets go in as traces right after the turn that opened them.
  const activities: Activity[] = [];
  const inbound = new Set<Activity>();
  const pending = [...tickets].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const [k, s] of stored.entries()) {
    activities.push(s.activity);
    if (s.direction === 'in') inbound.add(s.activity);
    const nextInbound = stored.slice(k + 1).find((x) => x.direction === 'in' && x.activity.type === 'message');
    while (pending.length && (!nextInbound || pending[0]!.createdAt < (nextInbound.activity.timestamp ?? ''))) {
      const t = pending.shift()!;
      activities.push(traceActivity(s.activity, TICKET_TRACE.name, TICKET_TRACE.valueType, { number: t.number, category: t.category }, t.createdAt));
    }
  }

  // What agents did (console turns, notes, resolutions) as the transcript's agent lines.
  const seqOf = new Map(stored.map((s) => [s.activity, s.seq]));
  const withAgents = await withAgentTurns(store, conversationId, activities, seqOf);
  header.agent = withAgents.agent;

  let redactor: Redactor | null = null;
  let out = withAgents.activities;
  if (options.redact) {
    redactor = new Redactor(await knownPersonalData(store, conversation.userId, mentionedTrackingNumbers(activities)));
    const userIds = new Set([conversation.externalUserId]);
    out = out.map((a) => pseudonymise(redactor!.value(a, inbound.has(a)), userIds));
  }
  // A replay starts on a store with no tickets: the conversation's tickets are numbered as it will number them.
  out = renumberTickets(out, tickets.map((t) => t.number));
  const withHeader = [traceActivity(out[0] ?? null, HEADER_TRACE.name, HEADER_TRACE.valueType, header, header.now), ...out];
  const json = `${JSON.stringify(withHeader, null, 2)}\n`;
  const redacted = redactor ? { ...redactor.redacted } : null;
  if (options.format === 'transcript') return { text: json, redacted };

  const native = botFrameworkToNative(json, `${conversationId}.transcript`).lines;
  const title = [
    `# Conversation ${options.redact ? '(redacted) ' : ''}exported from the ${conversation.channelId} channel.`,
    '# The demo data are generated again for "now" below; replies about parcels can differ from what was',
    '# seen live if the database was seeded at another time: review the first run, then replay --update.',
  ];
  return { text: `${[...title, ...native].join('\n')}\n`, redacted };
}

function traceActivity(anchor: Activity | null, name: string, valueType: string, value: unknown, at: string): Activity {
  return {
    type: 'trace',
    name,
    label: name,
    valueType,
    value,
    timestamp: at,
    channelId: anchor?.channelId ?? 'webchat',
    conversation: anchor?.conversation ?? { id: 'conversation' },
    from: { id: 'carrier-assist', name: 'Carrier Assist', role: 'bot' },
  };
}

/** Tracking numbers the conversation mentions: what the assistant understood, and 1Z numbers in any text. */
function mentionedTrackingNumbers(activities: Activity[]): Set<string> {
  const numbers = new Set<string>();
  for (const a of activities) {
    if (isParseTrace(a)) for (const n of understandingOf(a)?.trackingNumbers ?? []) numbers.add(n);
    for (const m of (a.text ?? '').matchAll(/\b1Z[0-9A-Z]{16}\b/gi)) numbers.add(m[0].toUpperCase());
  }
  return numbers;
}

/** The conversation's ticket numbers, oldest first, as CA-000001, CA-000002 … in every string. */
function renumberTickets(activities: Activity[], numbers: string[]): Activity[] {
  const renamed = new Map(numbers.map((n, i) => [n, ticketNumber(i + 1)]));
  if ([...renamed].every(([a, b]) => a === b)) return activities;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(/CA-\d{6,}/g, (n) => renamed.get(n) ?? n);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return activities.map((a) => walk(a) as Activity);
}

/**
 * What the agent console shows, built from the store's records: queue items with their SLA
 * countdown, a conversation's history as entries (who wrote, what, which files and cards), and the
 * supervisor's figures. The shapes are the console API's (src/console/API.md).
 */
import type { Activity, Attachment, CardAction } from '../activity.ts';
import type { ContextPacket } from '../escalation/contextPacket.ts';
import type { AgentRecord, HandoffEventRecord, HandoffRecord, TicketNoteRecord } from '../store/handoffRecords.ts';
import type { OutboundMessageRecord, StoredActivity } from '../store/records.ts';

export interface QueueItem {
  id: number;
  ticketNumber: string;
  state: HandoffRecord['state'];
  queue: string;
  category: string;
  priority: HandoffRecord['priority'];
  subject: string;
  channel: string;
  language: string;
  customer: { name: string | null; accountNumber: string | null; tier: string | null };
  position: number;
  requestedAt: string;
  waitingSeconds: number;
  firstResponseDue: string;
  resolutionDue: string;
  slaSecondsLeft: number;
  breached: boolean;
  assignee: { id: string; displayName: string } | null;
  mine: boolean;
}

export type Author = 'customer' | 'bot' | 'agent' | 'system';

export interface HistoryEntry {
  seq: number;
  at: string;
  direction: 'in' | 'out';
  author: Author;
  name: string;
  /** What was written; for a choice the customer picked, its label (what they clicked), not the value it sent. */
  text: string;
  /** The value a picked choice sent back (a tracking number, "1"); null when the message picked none. */
  picked: string | null;
  /**
   * Files and links; `host` is where an http(s) `url` leads (the console shows a customer's links as
   * text with it, never as links), null otherwise. A card a customer sent is listed here by name only.
   */
  attachments: { name: string; contentType: string; url: string | null; host: string | null }[];
  card: { title: string; facts: { label: string; value: string }[] } | null;
  /**
   * For channels that report delivery (WhatsApp, WeChat): what the platform said of this message —
   * `queued_outside_window` (WhatsApp's 24-hour window or WeChat's customer-service limits: it goes
   * when the customer writes again; `error` says which), `sent`, `delivered`, `read`, `failed` …; null
   * where the channel says nothing.
   */
  delivery: { status: string; error: string | null } | null;
}

const packetOf = (h: HandoffRecord) => h.context as unknown as Partial<ContextPacket>;
const seconds = (ms: number) => Math.round(ms / 1000);

export function queueItem(h: HandoffRecord & { position?: number }, now: Date, viewer: AgentRecord | null, agentNames: ReadonlyMap<string, string>): QueueItem {
  const packet = packetOf(h);
  const due = h.firstResponseAt ? h.resolutionDue : h.firstResponseDue;
  const slaSecondsLeft = seconds(Date.parse(due) - now.getTime());
  return {
    id: h.id,
    ticketNumber: h.ticketNumber,
    state: h.state,
    queue: h.queue,
    category: packet.ticket?.category ?? 'general',
    priority: h.priority,
    subject: packet.reason?.detail ?? '',
    channel: h.channelId,
    language: h.language,
    customer: { name: packet.who?.name ?? null, accountNumber: packet.who?.account?.number ?? null, tier: packet.who?.account?.tier ?? null },
    position: h.position ?? 0,
    requestedAt: h.requestedAt,
    waitingSeconds: Math.max(0, seconds(now.getTime() - Date.parse(h.queuedAt ?? h.requestedAt))),
    firstResponseDue: h.firstResponseDue,
    resolutionDue: h.resolutionDue,
    slaSecondsLeft,
    breached: slaSecondsLeft < 0 && (h.state === 'queued' || h.state === 'assigned' || h.state === 'active'),
    assignee: h.assignee ? { id: h.assignee, displayName: agentNames.get(h.assignee) ?? h.assignee } : null,
    mine: viewer !== null && h.assignee === viewer.id,
  };
}

/** The choices a bot message offered; null for any other activity (a customer's, a trace …). */
export function offeredChoices(stored: StoredActivity): readonly CardAction[] | null {
  const a = stored.activity;
  return stored.direction === 'out' && a.type === 'message' ? (a.suggestedActions?.actions ?? []) : null;
}

/**
 * One shown activity as a history entry (traces, events and typing are not shown: null). A customer
 * message that sent back the value of a choice the bot's last message `offered` shows that choice's
 * label: read from the bot's own message, so a client cannot make the history say something else.
 */
export function historyEntry(
  stored: StoredActivity,
  customerName: string | null,
  deliveries: ReadonlyMap<string, Pick<OutboundMessageRecord, 'status' | 'error'>> = new Map(),
  offered: readonly CardAction[] = [],
): HistoryEntry | null {
  const a = stored.activity;
  if (a.type !== 'message') return null;
  const handoff = (a.channelData?.['handoff'] ?? null) as { author?: string; name?: string } | null;
  const author: Author = stored.direction === 'in' ? 'customer' : handoff?.author === 'agent' ? 'agent' : handoff?.author === 'system' ? 'system' : 'bot';
  const name = author === 'customer' ? (customerName ?? 'Customer') : author === 'agent' ? (handoff?.name ?? 'Agent') : author === 'system' ? 'Notice' : 'Carrier Assist';
  const attachments = (a.attachments ?? []).filter((x) => !isCard(x)).map((x) => ({ name: x.name ?? 'file', contentType: x.contentType, url: x.contentUrl ?? null, host: hostOf(x.contentUrl) }));
  // A customer's card is theirs, not ours: drawn like the bot's fact card it could pass for one.
  const customerCards = author === 'customer' ? (a.attachments ?? []).filter(isCard).map((x) => ({ name: CUSTOMER_CARD, contentType: x.contentType, url: null, host: null })) : [];
  const delivered = stored.direction === 'out' && a.id ? deliveries.get(a.id) : undefined;
  const sent = stored.direction === 'in' ? a.text?.trim() : undefined;
  const choice = sent ? offered.find((c) => c.value === sent) : undefined;
  return {
    seq: stored.seq,
    at: a.timestamp ?? '',
    direction: stored.direction,
    author,
    name,
    text: choice ? choice.title : (a.text ?? ''),
    picked: choice ? choice.value : null,
    attachments: [...attachments, ...customerCards],
    card: author === 'customer' ? null : cardOf(a),
    delivery: delivered ? { status: delivered.status, error: delivered.error } : null,
  };
}

const isCard = (x: Attachment) => x.contentType === 'application/vnd.microsoft.card.adaptive';
const CUSTOMER_CARD = 'A card the customer sent (not shown)';

/** Where an http(s) URL leads (host and port); null for anything else (stored uploads, other schemes). */
function hostOf(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const u = new URL(url);
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : null;
}

/** The title and facts of the Adaptive Card the bot renders for a fact card. */
function cardOf(a: Activity): HistoryEntry['card'] {
  const card = a.attachments?.find(isCard)?.content as { body?: { type: string; text?: string; facts?: { title: string; value: string }[] }[] } | undefined;
  if (!card?.body) return null;
  const title = card.body.find((b) => b.type === 'TextBlock')?.text ?? '';
  const facts = card.body.filter((b) => b.type === 'FactSet').flatMap((b) => (b.facts ?? []).map((f) => ({ label: f.title, value: f.value })));
  return { title, facts };
}

export function noteView(note: TicketNoteRecord, agentNames: ReadonlyMap<string, string>) {
  return { id: note.id, at: note.createdAt, agent: { id: note.agentId, displayName: agentNames.get(note.agentId) ?? note.agentId }, text: note.text };
}

export function auditView(e: HandoffEventRecord) {
  return { at: e.at, from: e.from, to: e.to, actor: e.actor, detail: e.detail };
}

export function agentView(a: AgentRecord) {
  return { id: a.id, username: a.username, displayName: a.displayName, role: a.role, queues: a.queues };
}

/** The newest platform status of each outbound activity of a conversation, by activity id. */
/** A conversation's shown activities as history entries, each picked choice by its label. */
export function historyOf(
  stored: readonly StoredActivity[],
  customerName: string | null,
  deliveries: ReadonlyMap<string, Pick<OutboundMessageRecord, 'status' | 'error'>>,
): HistoryEntry[] {
  let offered: readonly CardAction[] = [];
  const entries: HistoryEntry[] = [];
  for (const s of stored) {
    const entry = historyEntry(s, customerName, deliveries, offered);
    if (entry) entries.push(entry);
    offered = offeredChoices(s) ?? offered;
  }
  return entries;
}

export function deliveriesOf(records: readonly OutboundMessageRecord[]): Map<string, Pick<OutboundMessageRecord, 'status' | 'error'>> {
  const byActivity = new Map<string, Pick<OutboundMessageRecord, 'status' | 'error'>>();
  for (const r of records) if (r.activityId) byActivity.set(r.activityId, { status: r.status, error: r.error });
  return byActivity;
}

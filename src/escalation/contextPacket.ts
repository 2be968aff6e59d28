/**
 * The context packet: everything the bot knows when it hands a conversation to people, so an agent
 * reads it in ten seconds instead of asking again. Who (user, account, tier, roles), what (intent,
 * entities, the matched parcels with their status), what the bot already tried and said, the
 * customer's language, a sentiment signal, and the redacted transcript. It travels on the
 * `handoff.initiate` event and is kept on the handoff for the agent console.
 */
import type { Activity } from '../activity.ts';
import type { Speaker } from '../accounts/speaker.ts';
import type { Parse } from '../nlu/types.ts';
import type { AccountRecord, ConversationRecord, ShipmentRecord, StoredActivity, TicketRecord } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { Redactor } from '../privacy/redact.ts';
import { knownPersonalData, pseudonymise } from '../privacy/personalData.ts';
import { sentimentOf, type Sentiment } from './sentiment.ts';
import type { Deadlines } from './serviceLevels.ts';

/** Why the bot handed over. */
export type EscalationReason = 'requested' | 'complaint' | 'not_understood' | 'policy';

export interface PacketShipment {
  trackingNumber: string;
  status: ShipmentRecord['status'];
  service: string;
  shipDate: string;
  origin: string;
  destination: string;
  estimatedDelivery: string | null;
  deliveredAt: string | null;
  declaredValue: string;
  customsState: ShipmentRecord['customsState'];
  lastEvent: { at: string; description: string; place: string } | null;
}

export interface ContextPacket {
  ticket: { number: string; category: TicketRecord['category']; priority: TicketRecord['priority']; queue: string };
  reason: { kind: EscalationReason; detail: string };
  who: {
    userId: string | null;
    name: string | null;
    linked: boolean;
    channel: string;
    account: { number: string; name: string; tier: AccountRecord['tier'] } | null;
    roles: string[];
    /** Other accounts the user belongs to (numbers only). */
    otherAccounts: string[];
  };
  what: {
    intent: string | null;
    entities: {
      trackingNumbers: string[];
      dates: string | null;
      origin: string | null;
      destination: string | null;
      statusHints: string[];
    };
    shipments: PacketShipment[];
    /** The one parcel the handoff is about (in focus, or named by the customer's message), among `shipments`; else null. */
    parcel: string | null;
  };
  tried: {
    /** The bot's last messages, oldest first. */
    botSaid: string[];
    /** Messages in a row the bot did not understand. */
    misunderstandings: number;
    /** What the customer last asked for before the handoff. */
    lastIntent: string | null;
  };
  language: string;
  sentiment: Sentiment;
  sla: Deadlines & { hours: string };
  /** The conversation so far, redacted (personal data replaced by placeholders), without traces. */
  transcript: Activity[];
}

export interface PacketInput {
  conversation: ConversationRecord;
  speaker: Speaker | null;
  account: AccountRecord | null;
  ticket: TicketRecord;
  queue: string;
  reason: EscalationReason;
  reasonDetail: string;
  parse: Parse | null;
  misunderstandings: number;
  lastIntent: string | null;
  shipments: readonly ShipmentRecord[];
  /** The one parcel the handoff is about, when there is one. */
  parcel?: string | null;
  language: string;
  deadlines: Deadlines;
  hours: string;
}

const BOT_SAID = 5;
const place = (p: { city: string; country: string }) => `${p.city}, ${p.country}`;

export async function buildContextPacket(store: Store, input: PacketInput): Promise<ContextPacket> {
  const stored = await store.activities.list(input.conversation.id);
  const messages = stored.filter((s) => s.activity.type === 'message');
  const texts = (direction: 'in' | 'out') => messages.filter((s) => s.direction === direction && s.activity.text).map((s) => s.activity.text!);
  const membership = input.account ? input.speaker?.memberships.find((m) => m.accountNumber === input.account!.number) : undefined;
  const shipments = await Promise.all(input.shipments.map((s) => packetShipment(store, s)));
  const p = input.parse;
  return {
    ticket: { number: input.ticket.number, category: input.ticket.category, priority: input.ticket.priority, queue: input.queue },
    reason: { kind: input.reason, detail: input.reasonDetail },
    who: {
      userId: input.speaker?.user.id ?? null,
      name: input.speaker?.user.name ?? null,
      linked: input.speaker !== null,
      channel: input.conversation.channelId,
      account: input.account ? { number: input.account.number, name: input.account.name, tier: input.account.tier } : null,
      roles: membership?.roles ?? [],
      otherAccounts: (input.speaker?.memberships ?? []).map((m) => m.accountNumber).filter((n) => n !== input.account?.number),
    },
    what: {
      intent: p?.intent ?? null,
      entities: {
        trackingNumbers: p?.trackingNumbers ?? [],
        dates: p?.dateRange ? (p.dateRange.from === p.dateRange.to ? p.dateRange.from : `${p.dateRange.from}..${p.dateRange.to}`) : null,
        origin: p?.origin ? `${p.origin.name}, ${p.origin.country}` : null,
        destination: p?.destination ? `${p.destination.name}, ${p.destination.country}` : null,
        statusHints: p?.statusHints ?? [],
      },
      shipments,
      parcel: input.parcel ?? null,
    },
    tried: { botSaid: texts('out').slice(-BOT_SAID), misunderstandings: input.misunderstandings, lastIntent: input.lastIntent },
    language: input.language,
    sentiment: sentimentOf(texts('in')),
    sla: { ...input.deadlines, hours: input.hours },
    transcript: await redactedTranscript(store, input.conversation, stored, input.shipments),
  };
}

/** A parcel as the agent reads it: status, route, dates, value, customs, the last scan. */
export async function packetShipment(store: Store, s: ShipmentRecord): Promise<PacketShipment> {
  const events = await store.shipments.events(s.trackingNumber);
  const last = events.at(-1);
  return {
    trackingNumber: s.trackingNumber,
    status: s.status,
    service: s.serviceName,
    shipDate: s.shipDate,
    origin: place(s.origin),
    destination: place(s.destination),
    estimatedDelivery: s.estimatedDelivery,
    deliveredAt: s.deliveredAt,
    declaredValue: `${s.declaredValue.amount} ${s.declaredValue.currency}`,
    customsState: s.customsState,
    lastEvent: last ? { at: last.at, description: last.description, place: place(last) } : null,
  };
}

/** The conversation's messages with personal data replaced (the same redaction as transcript exports). */
async function redactedTranscript(
  store: Store,
  conversation: ConversationRecord,
  stored: StoredActivity[],
  shipments: readonly ShipmentRecord[],
): Promise<Activity[]> {
  const shown = stored.filter((s) => s.activity.type === 'message');
  const activities = shown.map((s) => s.activity);
  const numbers = new Set([...shipments.map((s) => s.trackingNumber), ...activities.flatMap((a) => (a.text ?? '').toUpperCase().match(/\b1Z[0-9A-Z]{16}\b/g) ?? [])]);
  const redactor = new Redactor(await knownPersonalData(store, conversation.userId, numbers));
  const userIds = new Set([conversation.externalUserId]);
  return shown.map((s) => pseudonymise(redactor.value(s.activity, s.direction === 'in'), userIds));
}

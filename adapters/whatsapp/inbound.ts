/**
 * Notification -> what the channel does with it: a customer message becomes an Activity (with the
 * media to fetch, if any), a status goes to outbound_messages, and the rest is ignored with a reason.
 * Pure: no I/O here, so every payload can be checked on its own.
 */
import { BOT_ACCOUNT, type Activity, type Entity } from '../../src/activity.ts';
import type { OutboundStatus } from '../../src/store/records.ts';
import { WHATSAPP_CHANNEL_ID } from './constants.ts';
import type { MessagesValue, WaMessage, WaStatus, WhatsAppNotification } from './schemas.ts';

/** A file to download through the Graph API before the turn. */
export interface MediaToFetch {
  mediaId: string;
  mimeType: string;
  fileName: string | null;
}

export type InboundItem =
  | { kind: 'message'; activity: Activity; media: MediaToFetch | null }
  | { kind: 'status'; phoneNumberId: string; providerMessageId: string; status: OutboundStatus; at: string; error: string | null }
  | { kind: 'ignored'; id: string; reason: string };

/** The platform statuses we record; `played` (voice notes) is accepted too. */
const RECORDED_STATUSES: Readonly<Record<string, OutboundStatus>> = Object.freeze({
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  played: 'played',
  failed: 'failed',
});

/** Message types with no content for the assistant: a reaction or a system notice is not a turn. */
const NOT_A_TURN: ReadonlySet<string> = new Set(['reaction', 'system', 'ephemeral']);

/** One conversation per customer per business number. */
export function whatsAppConversationId(phoneNumberId: string, waId: string): string {
  return `${WHATSAPP_CHANNEL_ID}:${phoneNumberId}:${waId}`;
}

/** The business number and customer of a conversation id, or null when it is not one of ours. */
export function parseConversationId(id: string): { phoneNumberId: string; waId: string } | null {
  const m = /^whatsapp:([^:]+):([^:]+)$/.exec(id);
  return m ? { phoneNumberId: m[1]!, waId: m[2]! } : null;
}

export function isoFromUnixSeconds(seconds: string): string {
  return new Date(Number(seconds) * 1000).toISOString();
}

/** Everything a notification asks of us, in delivery order. */
export function inboundItems(notification: WhatsAppNotification): InboundItem[] {
  const items: InboundItem[] = [];
  for (const value of notification.changes) {
    for (const message of value.messages ?? []) items.push(messageItem(value, message));
    for (const status of value.statuses ?? []) items.push(statusItem(value, status));
  }
  return items;
}

function statusItem(value: MessagesValue, s: WaStatus): InboundItem {
  const status = RECORDED_STATUSES[s.status];
  if (!status) return { kind: 'ignored', id: s.id, reason: `status "${s.status}" is not tracked` };
  const e = s.errors?.[0];
  const error = e ? `${e.code}: ${e.title ?? e.message ?? 'error'}${e.error_data?.details ? ` (${e.error_data.details})` : ''}` : null;
  return {
    kind: 'status',
    phoneNumberId: value.metadata.phone_number_id,
    providerMessageId: s.id,
    status,
    at: isoFromUnixSeconds(s.timestamp),
    error,
  };
}

function messageItem(value: MessagesValue, m: WaMessage): InboundItem {
  if (NOT_A_TURN.has(m.type)) return { kind: 'ignored', id: m.id, reason: `a ${m.type} message is not a turn` };
  const phoneNumberId = value.metadata.phone_number_id;
  const contact = value.contacts?.find((c) => c.wa_id === m.from) ?? (value.contacts?.length === 1 ? value.contacts[0] : undefined);
  const name = contact?.profile?.name;
  if (m.type === 'request_welcome') return { kind: 'message', activity: welcomeRequest(phoneNumberId, m, name), media: null };
  const content = contentOf(m);
  const activity: Activity = {
    type: 'message',
    id: m.id,
    // The customer's send time: the service window counts from it, and a late redelivery says so.
    timestamp: isoFromUnixSeconds(m.timestamp),
    channelId: WHATSAPP_CHANNEL_ID,
    from: { id: m.from, ...(name ? { name } : {}), role: 'user' },
    recipient: BOT_ACCOUNT,
    conversation: { id: whatsAppConversationId(phoneNumberId, m.from) },
    text: content.text,
    textFormat: 'plain',
    ...(content.value !== undefined ? { value: content.value } : {}),
    ...(content.entities ? { entities: content.entities } : {}),
    ...(m.context?.id ? { replyToId: m.context.id } : {}),
    channelData: {
      whatsapp: {
        phoneNumberId,
        displayPhoneNumber: value.metadata.display_phone_number,
        type: m.type,
        ...(content.unsupported ? { unsupported: true } : {}),
        ...(m.context?.forwarded ? { forwarded: true } : {}),
        ...(m.context?.frequently_forwarded ? { frequentlyForwarded: true } : {}),
      },
    },
  };
  return { kind: 'message', activity, media: content.media };
}

/**
 * `request_welcome`: the customer opened a chat with the business for the first time (Meta sends it
 * when welcome messages are on). It is the conversation opening, as Web Chat's join is: the bot greets.
 */
function welcomeRequest(phoneNumberId: string, m: WaMessage, name: string | undefined): Activity {
  const from = { id: m.from, ...(name ? { name } : {}), role: 'user' as const };
  return {
    type: 'conversationUpdate',
    id: m.id,
    timestamp: isoFromUnixSeconds(m.timestamp),
    channelId: WHATSAPP_CHANNEL_ID,
    from,
    recipient: BOT_ACCOUNT,
    conversation: { id: whatsAppConversationId(phoneNumberId, m.from) },
    membersAdded: [from],
    channelData: { whatsapp: { phoneNumberId, type: m.type } },
  };
}

interface Content {
  text: string;
  value?: unknown;
  entities?: Entity[];
  media: MediaToFetch | null;
  /** Content the assistant cannot read (video, voice, stickers, contacts, orders, unknown types). */
  unsupported?: boolean;
}

function contentOf(m: WaMessage): Content {
  switch (m.type) {
    case 'text':
      return { text: m.text?.body ?? '', media: null };
    case 'interactive': {
      // The reply id is the value of the choice we offered, so the turn reads it as typed text.
      const reply = m.interactive?.button_reply ?? m.interactive?.list_reply;
      if (!reply) return { text: '', media: null, unsupported: true };
      return { text: reply.id, value: { type: m.interactive!.type, id: reply.id, title: reply.title }, media: null };
    }
    case 'button':
      // A template's quick reply: what the customer tapped is its text; the payload rides along.
      return { text: m.button?.text ?? '', value: { type: 'button', payload: m.button?.payload, text: m.button?.text }, media: null };
    case 'location': {
      const l = m.location;
      if (!l) return { text: '', media: null, unsupported: true };
      const place: Entity = {
        type: 'GeoCoordinates',
        latitude: l.latitude,
        longitude: l.longitude,
        ...(l.name ? { name: l.name } : {}),
        ...(l.address ? { address: l.address } : {}),
      };
      return { text: [l.name, l.address].filter(Boolean).join(', '), value: place, entities: [place], media: null };
    }
    case 'image':
    case 'document': {
      const media = m.type === 'image' ? m.image : m.document;
      if (!media) return { text: '', media: null, unsupported: true };
      return {
        text: media.caption ?? '',
        media: { mediaId: media.id, mimeType: media.mime_type, fileName: media.filename ?? null },
      };
    }
    default:
      return { text: '', media: null, unsupported: true };
  }
}

/**
 * WeChat push messages (the XML WeChat posts to the webhook) and their Activities. Every MsgType and
 * event the official account documentation lists maps to one Activity; anything else is ignored.
 */
import { z } from 'zod';
import type { Activity, Attachment, ChannelAccount, Entity } from '../../src/activity.ts';
import { WeChatErrors } from './errors.ts';
import { parseXml, XmlSyntaxError } from './xml.ts';

export const WECHAT_CHANNEL_ID = 'wechat';
/** WeChat does not say the customer's language; an official account's customers mostly write Chinese. */
export const WECHAT_LOCALE = 'zh-CN';

const Field = z.string().max(10_000);

/** The fields of a push, decrypted if it came in safe mode. Unknown fields are dropped. */
export const WeChatPush = z.object({
  ToUserName: z.string().min(1).max(128),
  FromUserName: z.string().min(1).max(128),
  CreateTime: z.string().regex(/^\d{1,12}$/, 'must be seconds since 1970'),
  MsgType: z.string().min(1).max(64),
  MsgId: z.string().regex(/^\d{1,24}$/).optional(),
  Content: Field.optional(),
  PicUrl: Field.optional(),
  MediaId: Field.optional(),
  Format: Field.optional(),
  Recognition: Field.optional(),
  ThumbMediaId: Field.optional(),
  Location_X: Field.optional(),
  Location_Y: Field.optional(),
  Scale: Field.optional(),
  Label: Field.optional(),
  Title: Field.optional(),
  Description: Field.optional(),
  Url: Field.optional(),
  Event: Field.optional(),
  EventKey: Field.optional(),
  Ticket: Field.optional(),
  Latitude: Field.optional(),
  Longitude: Field.optional(),
  Precision: Field.optional(),
});
export type WeChatPush = z.infer<typeof WeChatPush>;

/**
 * The leaf fields of a WeChat `<xml>` document (nested elements such as ScanCodeInfo are skipped).
 * Throws the channel's 400 when the XML is malformed or not a WeChat message.
 */
export function readWeChatXml(xml: string): Record<string, string> {
  let root;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw WeChatErrors.malformedXml(err.message);
    throw err;
  }
  if (root.name !== 'xml') throw WeChatErrors.malformedXml(`the root element is <${root.name}>, not <xml>`);
  const fields: Record<string, string> = {};
  for (const child of root.children) {
    if (child.children.length === 0 && !Object.hasOwn(fields, child.name)) fields[child.name] = child.text;
  }
  return fields;
}

/** Validates the fields of a decrypted push; a 400 naming what is missing otherwise. */
export function toPush(fields: Record<string, string>): WeChatPush {
  const parsed = WeChatPush.safeParse(fields);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw WeChatErrors.invalidPush(issues.join('; '));
  }
  return parsed.data;
}

/** One conversation per customer (openid) per official account. */
export function weChatConversationId(appId: string, openId: string): string {
  return `wechat:${appId}:${openId}`;
}

/**
 * The id the pipeline dedupes on. WeChat retries a push three times when it gets no answer in five
 * seconds: messages repeat their MsgId, events their FromUserName + CreateTime (the documented keys).
 */
export function weChatDeliveryId(push: WeChatPush): string {
  return push.MsgId ? `msg:${push.MsgId}` : `event:${push.FromUserName}:${push.CreateTime}:${push.Event ?? ''}`;
}

/** A file the customer sent, still on WeChat's servers (downloaded by the adapter when it can). */
export interface PushedMedia {
  mediaId: string;
  contentType: string;
  /** A direct link WeChat gave (images only); other media are fetched with the media API. */
  url?: string;
}

/** The media a push carries, if any. */
export function mediaOf(push: WeChatPush): PushedMedia | null {
  if (!push.MediaId) return null;
  switch (push.MsgType) {
    case 'image':
      return { mediaId: push.MediaId, contentType: 'image/jpeg', ...(push.PicUrl ? { url: push.PicUrl } : {}) };
    case 'voice':
      return { mediaId: push.MediaId, contentType: voiceType(push.Format) };
    case 'video':
    case 'shortvideo':
      return { mediaId: push.MediaId, contentType: 'video/mp4' };
    default:
      return null;
  }
}

function voiceType(format: string | undefined): string {
  const f = (format ?? 'amr').toLowerCase();
  return /^[a-z0-9.+-]{1,20}$/.test(f) ? `audio/${f}` : 'audio/amr';
}

export interface ToActivityOptions {
  appId: string;
  /** The language this account's customers are assumed to write (WeChat does not say); WECHAT_LOCALE by default. */
  locale?: string;
  /** The attachment for the push's media (stored or referenced), when it has any. */
  attachment?: Attachment;
}

/**
 * The Activity for a push, or null for a MsgType WeChat may add later (the caller answers `success`
 * and nothing is recorded). Text is the customer's words; voice uses WeChat's speech recognition.
 */
export function pushToActivity(push: WeChatPush, options: ToActivityOptions): Activity | null {
  const openId = push.FromUserName;
  const base = {
    id: weChatDeliveryId(push),
    timestamp: new Date(Number(push.CreateTime) * 1000).toISOString(),
    channelId: WECHAT_CHANNEL_ID,
    from: { id: openId, role: 'user' } satisfies ChannelAccount,
    recipient: { id: push.ToUserName, role: 'bot' } satisfies ChannelAccount,
    conversation: { id: weChatConversationId(options.appId, openId) },
    locale: options.locale ?? WECHAT_LOCALE,
    channelData: { wechat: { msgType: push.MsgType, ...(push.Event ? { event: push.Event } : {}) } },
  };
  const attachments = options.attachment ? { attachments: [options.attachment] } : {};
  switch (push.MsgType) {
    case 'text':
      return { ...base, type: 'message', text: push.Content ?? '', textFormat: 'plain' };
    case 'image':
    case 'video':
    case 'shortvideo':
      return { ...base, type: 'message', text: '', ...attachments };
    case 'voice':
      return { ...base, type: 'message', text: push.Recognition?.trim() ?? '', textFormat: 'plain', ...attachments };
    // A shared location has no words for the assistant to read: it is kept (an event with the Place,
    // for the agent who takes over) and not answered as a message it "did not understand".
    case 'location': {
      const place = placeEntity(push.Location_X, push.Location_Y, push.Label);
      return { ...base, type: 'event', name: 'wechat/location', value: place, entities: [place] };
    }
    case 'link':
      return {
        ...base,
        type: 'message',
        text: push.Title ?? '',
        attachments: [{ contentType: 'text/html', ...(push.Url ? { contentUrl: push.Url } : {}), ...(push.Title ? { name: push.Title } : {}) }],
      };
    case 'event':
      return eventToActivity(push, base);
    default:
      return null;
  }
}

type ActivityBase = Omit<Activity, 'type'>;

function eventToActivity(push: WeChatPush, base: ActivityBase): Activity {
  switch (push.Event) {
    // Following the account is joining the conversation: the bot greets, as on every channel.
    case 'subscribe':
      return {
        ...base,
        type: 'conversationUpdate',
        membersAdded: [base.from],
        ...(push.EventKey ? { value: { eventKey: push.EventKey, ...(push.Ticket ? { ticket: push.Ticket } : {}) } } : {}),
      };
    case 'unsubscribe':
      return { ...base, type: 'endOfConversation' };
    // A menu button: its key is what the customer "said".
    case 'CLICK':
      return { ...base, type: 'message', text: push.EventKey ?? '', value: push.EventKey ?? '' };
    case 'LOCATION':
      return { ...base, type: 'event', name: 'wechat/LOCATION', entities: [placeEntity(push.Latitude, push.Longitude)] };
    default:
      return {
        ...base,
        type: 'event',
        name: `wechat/${push.Event ?? 'unknown'}`,
        ...(push.EventKey !== undefined ? { value: push.EventKey } : {}),
      };
  }
}

/** A Bot Framework `Place` entity with its coordinates (schema.org GeoCoordinates). */
function placeEntity(latitude: string | undefined, longitude: string | undefined, name?: string): Entity {
  return {
    type: 'Place',
    geo: { type: 'GeoCoordinates', latitude: Number(latitude), longitude: Number(longitude) },
    ...(name ? { name } : {}),
  };
}

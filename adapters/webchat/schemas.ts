/** The shapes accepted at every body boundary of the web chat channel. Unknown keys are dropped. */
import { z } from 'zod';
import { WebChatErrors } from './errors.ts';

const UserId = z.string().trim().min(1).max(256);

const ChannelAccountBody = z.object({
  id: UserId,
  name: z.string().max(256).optional(),
  role: z.literal('user').optional(),
});

/** `POST /tokens/generate`: Azure accepts an optional user (and trusted origins, which we ignore). */
export const GenerateTokenBody = z.object({ user: ChannelAccountBody.partial({ id: true }).optional() });

/** `POST /conversations`: directlinejs sends `{user: {id}, locale}` (both may be absent). */
export const StartConversationBody = z.object({
  user: ChannelAccountBody.partial({ id: true }).optional(),
  locale: z.string().max(35).optional(),
});

const AttachmentBody = z.object({
  contentType: z.string().min(1).max(255),
  content: z.unknown().optional(),
  contentUrl: z.string().max(2048).optional(),
  name: z.string().max(255).optional(),
  thumbnailUrl: z.string().max(2048).optional(),
});

const EntityBody = z.looseObject({ type: z.string().min(1).max(255) });

/** What a client may post to a conversation. The server stamps id, timestamp, conversation, channel, recipient. */
export const ClientActivityBody = z
  .object({
    type: z.enum(['message', 'event', 'typing', 'endOfConversation']),
    from: ChannelAccountBody.optional(),
    text: z.string().max(10_000).optional(),
    textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
    locale: z.string().max(35).optional(),
    localTimestamp: z.string().max(64).optional(),
    localTimezone: z.string().max(64).optional(),
    attachments: z.array(AttachmentBody).max(10).optional(),
    entities: z.array(EntityBody).max(20).optional(),
    value: z.unknown().optional(),
    name: z.string().max(255).optional(),
    channelData: z
      .looseObject({ clientActivityID: z.string().min(1).max(128).optional() })
      .optional(),
  })
  .refine((a) => a.type !== 'message' || a.text !== undefined || a.attachments !== undefined || a.value !== undefined, {
    message: 'a message needs text, attachments or a value',
  })
  .refine((a) => a.type !== 'event' || a.name !== undefined, { message: 'an event needs a name', path: ['name'] });
export type ClientActivity = z.infer<typeof ClientActivityBody>;

/** `POST /demo/token`: a demo user to act as, or none for an anonymous chat. */
export const DemoTokenBody = z.object({
  userId: z.string().trim().min(1).max(128).optional(),
  /** The browser's language, used for an anonymous chat. */
  locale: z.string().max(35).optional(),
  /**
   * The conversation the page kept from this person's last visit: resumed (a fresh token for it) when
   * it is theirs, so what was said meanwhile — an agent's reply, a ticket's news — shows on this visit.
   */
  resume: z.object({ conversationId: z.string().min(1).max(128), userID: z.string().min(1).max(128) }).optional(),
});

/** `?watermark=`: empty or absent means from the start. */
export function parseWatermark(raw: unknown): number {
  if (raw === undefined || raw === '') return -1;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) throw WebChatErrors.invalidWatermark(String(raw));
  return Number(raw);
}

/** Parses a body (absent means `{}`) or throws a 400 naming every problem. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw WebChatErrors.invalidBody(what, parsed.error);
  return parsed.data;
}

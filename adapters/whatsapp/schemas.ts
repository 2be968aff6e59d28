/**
 * The WhatsApp Business Account webhook, as far as we read it. Objects are loose: Meta adds fields
 * (user_id, pricing, referral …) without notice, and a notification must not be refused for that.
 * Changes other than `messages` (account or template updates) are accepted and ignored.
 */
import { z } from 'zod';
import { WhatsAppErrors } from './errors.ts';

const Id = z.string().min(1).max(512);
/** Unix seconds as a decimal string. */
const Timestamp = z.string().regex(/^\d{1,12}$/, 'must be Unix seconds');

const PlatformError = z.looseObject({
  code: z.number().int(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});

const Contact = z.looseObject({
  wa_id: z.string().min(1).max(64).optional(),
  profile: z.looseObject({ name: z.string().max(1024).optional() }).optional(),
});

const Media = z.looseObject({
  id: z.string().min(1).max(128),
  mime_type: z.string().min(1).max(255),
  sha256: z.string().max(128).optional(),
  caption: z.string().max(4096).optional(),
  filename: z.string().max(1024).optional(),
});

const Reply = z.looseObject({ id: z.string().min(1).max(512), title: z.string().max(1024), description: z.string().max(1024).optional() });

export const WaMessage = z.looseObject({
  from: z.string().min(1).max(64),
  id: Id,
  timestamp: Timestamp,
  type: z.string().min(1).max(64),
  context: z
    .looseObject({
      from: z.string().optional(),
      id: z.string().optional(),
      forwarded: z.boolean().optional(),
      frequently_forwarded: z.boolean().optional(),
    })
    .optional(),
  text: z.looseObject({ body: z.string().max(65_536) }).optional(),
  interactive: z
    .looseObject({ type: z.string(), button_reply: Reply.optional(), list_reply: Reply.optional() })
    .optional(),
  /** A quick-reply button of a template. */
  button: z.looseObject({ text: z.string().max(1024), payload: z.string().max(1024).optional() }).optional(),
  location: z
    .looseObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      name: z.string().max(1024).optional(),
      address: z.string().max(1024).optional(),
      url: z.string().max(2048).optional(),
    })
    .optional(),
  image: Media.optional(),
  document: Media.optional(),
  video: Media.optional(),
  audio: Media.optional(),
  sticker: Media.optional(),
  reaction: z.looseObject({ message_id: z.string(), emoji: z.string().optional() }).optional(),
  system: z.looseObject({ body: z.string().optional(), type: z.string().optional() }).optional(),
  errors: z.array(PlatformError).optional(),
});
export type WaMessage = z.infer<typeof WaMessage>;

export const WaStatus = z.looseObject({
  id: Id,
  status: z.string().min(1).max(64),
  timestamp: Timestamp,
  recipient_id: z.string().min(1).max(128),
  errors: z.array(PlatformError).optional(),
});
export type WaStatus = z.infer<typeof WaStatus>;

/** The `value` of a `messages` change. */
export const MessagesValue = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  metadata: z.looseObject({ display_phone_number: z.string().max(64), phone_number_id: z.string().min(1).max(64) }),
  contacts: z.array(Contact).max(1000).optional(),
  messages: z.array(WaMessage).max(1000).optional(),
  statuses: z.array(WaStatus).max(1000).optional(),
  errors: z.array(PlatformError).optional(),
});
export type MessagesValue = z.infer<typeof MessagesValue>;

const Change = z.looseObject({ field: z.string().min(1).max(128), value: z.unknown() });

const Envelope = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(z.looseObject({ id: z.string().min(1).max(64), changes: z.array(Change).max(100) })).min(1).max(100),
});

/** What a notification carries for us: the `messages` changes, each with its business number. */
export interface WhatsAppNotification {
  changes: MessagesValue[];
}

/** Parses a JSON body into the notification, or throws a 400 naming what is wrong. */
export function parseNotification(json: unknown): WhatsAppNotification {
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) throw WhatsAppErrors.invalidPayload(envelope.error);
  const changes: MessagesValue[] = [];
  for (const [e, entry] of envelope.data.entry.entries()) {
    for (const [c, change] of entry.changes.entries()) {
      if (change.field !== 'messages') continue;
      const value = MessagesValue.safeParse(change.value);
      if (!value.success) throw WhatsAppErrors.invalidPayload(value.error, ['entry', e, 'changes', c, 'value']);
      changes.push(value.data);
    }
  }
  return { changes };
}

/**
 * `handoff.initiate` as a Bot Framework channel may see it. Our event carries the agents' whole
 * context packet (priority, queue, sentiment, roles, SLA, accounts, the bot's attempts); an agent hub
 * behind a channel needs only which ticket, why, the language and the conversation the customer
 * already saw. Only channels named in BOT_HANDOFF_EVENT_CHANNELS get even that: on Azure's Web Chat
 * and Direct Line an event reaches the customer's browser.
 */
import type { Activity as BfActivity } from 'botbuilder';
import { z } from 'zod';
import type { Activity } from '../../src/activity.ts';

export const HANDOFF_INITIATE = 'handoff.initiate';

/** The public part of the context packet; everything else is dropped. */
const PublicContext = z.object({
  ticket: z.object({ number: z.string(), category: z.string() }),
  reason: z.object({ kind: z.string() }),
  language: z.string(),
});

/** A transcript line as the customer saw it: who spoke, what, when. */
const TranscriptLine = z.object({
  type: z.literal('message'),
  text: z.string(),
  from: z.object({ role: z.string().optional() }).transform((f) => ({ role: f.role === 'user' ? 'user' : 'bot' })),
  timestamp: z.string().optional(),
});

const TranscriptAttachment = z.object({ content: z.object({ activities: z.array(z.unknown()) }) });

/**
 * The event for a channel, or null when the channel is not configured for it (or the event does not
 * carry a context packet we recognise: nothing is better than a packet passed through unread).
 */
export function handoffEventFor(activity: Activity, channel: string, handoffChannels: readonly string[]): Partial<BfActivity> | null {
  if (!handoffChannels.includes(channel)) return null;
  const context = PublicContext.safeParse(activity.value);
  if (!context.success) return null;
  const attached = activity.attachments?.map((a) => TranscriptAttachment.safeParse(a)).find((r) => r.success);
  const lines = (attached?.data?.content.activities ?? []).flatMap((a) => {
    const line = TranscriptLine.safeParse(a);
    return line.success ? [line.data] : [];
  });
  return {
    type: 'event',
    name: HANDOFF_INITIATE,
    value: context.data,
    attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities: lines } }],
  };
}

import { z } from 'zod';

/** What the dialog remembers between turns; stored on the conversation, parsed with zod on load. */
export const DialogStateSchema = z.object({
  /** Messages in a row the assistant could not understand. */
  misunderstandings: z.number().int().nonnegative().default(0),
  /** What the assistant asked last, so the next message is read as its answer. */
  awaiting: z.enum(['tracking_number']).nullable().default(null),
  lastIntent: z.string().nullable().default(null),
});

export type DialogState = z.infer<typeof DialogStateSchema>;

/** Reads stored state; anything unreadable (an older shape, a bad write) starts fresh rather than failing the turn. */
export function loadDialogState(raw: unknown): DialogState {
  const parsed = DialogStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DialogStateSchema.parse({});
}

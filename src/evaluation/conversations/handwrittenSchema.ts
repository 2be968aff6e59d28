/**
 * The schema of a conversation written by hand (handwritten.ts, holdout.ts): turns and what each must
 * show, as story parcels or a search the oracle filters for.
 */
import { z } from 'zod';
import { STORY_KEYS, type StoryKey } from '../../demo/index.ts';

export const Story = z.enum(STORY_KEYS as [StoryKey, ...StoryKey[]]);
export const Place = z.union([z.object({ kind: z.literal('city'), key: z.string() }), z.object({ kind: z.literal('country'), code: z.string().length(2) })]);
export const DateSlot = z.union([
  z.object({ kind: z.enum(['today', 'yesterday', 'lastWeek']) }),
  z.object({ kind: z.literal('daysAgo'), n: z.number().int().positive() }),
  z.object({ kind: z.literal('weekday'), weekday: z.number().int().min(0).max(6) }),
  z.object({ kind: z.enum(['explicit', 'dayOfMonth']), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
]);
export const Search = z.object({
  date: DateSlot.optional(),
  origin: Place.optional(),
  destination: Place.optional(),
  status: z.enum(['delivered', 'not_delivered']).optional(),
});
export const Expect = z.union([
  z.literal('any'),
  /** Small talk or an aside: not taken as a misunderstanding. */
  z.literal('understood'),
  z.object({ story: z.array(Story).min(1) }),
  /** The parcels the oracle finds for this search on `account` (default: the user's only account). */
  z.object({ search: Search, account: z.string().optional() }),
  z.object({ nothing: z.literal(true) }),
  z.object({ mentions: Story }),
  z.object({ reoffer: z.number().int().nonnegative() }),
  z.object({ pick: z.number().int().nonnegative(), position: z.union([z.number().int().positive(), z.literal('last')]) }),
  z.object({ other: z.number().int().nonnegative(), picked: z.number().int().nonnegative() }),
  z.object({ asksAccount: z.literal(true) }),
]);
export const Conversation = z.object({
  id: z.string(),
  language: z.enum(['en', 'zh', 'es']),
  user: z.string(),
  turns: z.array(z.object({ text: z.string().min(1), expect: Expect })).min(1),
});
export type Conversation = z.infer<typeof Conversation>;

export const city = (key: string) => ({ kind: 'city' as const, key });

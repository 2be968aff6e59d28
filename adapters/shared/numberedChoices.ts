/**
 * Channels that cannot show buttons (WeChat always, WhatsApp beyond its limits) list a message's
 * choices as numbered lines, and the customer answers with the number. One reading of that answer
 * for every channel: "2", "2.", "2)", "2。", full-width "２", with spaces around.
 */
import type { Activity } from '../../src/activity.ts';
import type { Store } from '../../src/store/store.ts';

const NUMBER = /^\s*(\d{1,2})\s*[.)。]?\s*$/;

/** The number a customer typed to pick a numbered choice (1-based), or null when the text is not one. */
export function typedNumber(text: string): number | null {
  const m = NUMBER.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}

/** The value of the choice a bare number picks in `offered`'s choices; null when it picks none. */
export function numberedChoice(text: string, offered: Activity | undefined): string | null {
  const n = typedNumber(text);
  const action = n !== null && n > 0 ? offered?.suggestedActions?.actions[n - 1] : undefined;
  return action ? action.value : null;
}

/** How many recent activities to look through for the bot's last message. */
const RECENT = 12;

/**
 * Replaces a bare number in `activity.text` by the value of the choice it picks in the bot's last
 * message of the conversation, as a tap on that choice would send it. Leaves other text alone.
 */
export async function resolveNumberedChoice(store: Store, activity: Activity): Promise<void> {
  if (!activity.text || typedNumber(activity.text) === null) return;
  const conversationId = activity.conversation.id;
  const count = await store.activities.count(conversationId);
  if (!count) return;
  const recent = await store.activities.list(conversationId, Math.max(-1, count - 1 - RECENT));
  const last = recent.reverse().find((s) => s.direction === 'out' && s.activity.type === 'message')?.activity;
  const value = numberedChoice(activity.text, last);
  if (value !== null) activity.text = value;
}

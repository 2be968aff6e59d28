/**
 * A signed-in customer is greeted in their own language (the user's locale, zh-CN or es-ES), and a
 * Spanish message is answered in Spanish (found by an outside tester: the welcome was always English,
 * and "¿mandamos algo ayer?", "rastrea 1Z… por favor" got English replies). The expected language is
 * the demo user's locale; the expected welcome is that language's catalogue text.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Activity } from '../../src/activity.ts';
import type { App } from '../../src/app.ts';
import { textsFor } from '../../src/dialog/texts/index.ts';
import type { Dataset } from '../../src/store/records.ts';
import { demoAssistant } from '../dialog/demoAssistant.ts';

let app: App;
let data: Dataset;
beforeAll(async () => {
  ({ app, data } = await demoAssistant());
});
afterAll(async () => {
  await app.close();
});

let n = 0;
/** A new chat of `user` (linked on the test channel): joined, then the messages; each turn's message activities. */
async function chat(user: string, messages: readonly string[]): Promise<Partial<Activity>[][]> {
  const id = `welcome-${++n}`;
  const from = { id: user === 'u-alice' ? 'alice-chat' : `${user}-chat`, role: 'user' as const };
  const turns: Partial<Activity>[][] = [];
  const run = async (activity: Activity) => {
    const sent: Partial<Activity>[] = [];
    await app.pipeline.process(activity, async (_ref: unknown, activities: Partial<Activity>[]) => {
      sent.push(...activities.filter((a) => a.type === 'message'));
    });
    turns.push(sent);
  };
  await run({ type: 'conversationUpdate', id: `${id}-join`, channelId: 'test', from, conversation: { id }, membersAdded: [from] } as Activity);
  for (const [i, text] of messages.entries()) await run({ type: 'message', id: `${id}-${i}`, channelId: 'test', from, conversation: { id }, text } as Activity);
  return turns;
}

const languageOf = (userId: string): string => data.users.find((u) => u.id === userId)!.locale.split('-')[0]!;

describe('the language of a signed-in customer', { timeout: 120_000 }, () => {
  test.each(['u-alice', 'u-li', 'u-zhang', 'u-lucia', 'u-mateo'])('should greet %s in the language of their locale', async (user) => {
    const [welcome] = await chat(user, []);
    expect(welcome!.map((a) => a.text)).toEqual([textsFor(languageOf(user)).welcome]);
  });

  test.each<[string, string]>([
    ['u-lucia', '¿mandamos algo ayer?'],
    ['u-mateo', '¿mandamos algo ayer?'],
    ['u-lucia', 'rastrea 1Z5W8A3K0800001010 por favor'],
  ])('should answer %s\'s "%s" in Spanish', async (user, text) => {
    expect(languageOf(user)).toBe('es');
    const [, answer] = await chat(user, [text]);
    expect(answer!.length).toBeGreaterThan(0);
    for (const a of answer!) expect(a.locale).toBe('es');
  });
});

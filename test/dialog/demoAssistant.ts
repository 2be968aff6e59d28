/**
 * The whole assistant on the small demo data set (seed 42) with Alice (account 5W8A3K) linked on the
 * test channel, for conversation tests that compute their expectations from the same data.
 */
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type App } from '../../src/app.ts';
import { FixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { generateDataset } from '../../src/demo/index.ts';
import type { Dataset } from '../../src/store/records.ts';
import { openStore } from '../../src/store/openStore.ts';

export const DEMO_NOW = '2026-03-20T09:00:00.000Z';

/** What the assistant answered one message: the intents its traces name, and its messages' text. */
export interface Answer {
  intents: string[];
  text: string;
}

/** The demo users a test may speak as (each linked on the test channel as `<id>-chat`; Alice as `alice-chat`). */
export const DEMO_USERS = ['u-alice', 'u-li', 'u-carol', 'u-zhang', 'u-lucia', 'u-bob', 'u-victor', 'u-mateo', 'u-dana'] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

const chatIdOf = (user: DemoUser): string => (user === 'u-alice' ? 'alice-chat' : `${user}-chat`);

export async function demoAssistant(): Promise<{ app: App; data: Dataset; say: (conversationId: string, id: string, text: string, user?: DemoUser) => Promise<Answer> }> {
  const store = await openStore('sqlite::memory:');
  const data = generateDataset({ seed: 42, now: new Date(DEMO_NOW), scale: 'small' });
  await store.importDataset(data);
  for (const user of DEMO_USERS) await store.identities.link({ channelId: 'test', externalId: chatIdOf(user), userId: user, linkedAt: DEMO_NOW });
  const app = await buildApp({ config: loadConfig({}), store, clock: new FixedClock(DEMO_NOW), logger: pino({ level: 'silent' }) });
  /** Alice (or `user`) writes `text` in the conversation. */
  const say = async (conversationId: string, id: string, text: string, user: DemoUser = 'u-alice'): Promise<Answer> => {
    const out = await app.pipeline.process({ type: 'message', id, channelId: 'test', from: { id: chatIdOf(user) }, conversation: { id: conversationId }, text }, async () => {});
    return {
      intents: out.replies.filter((r) => r.type === 'trace').map((r) => String(r.label).split(' ')[0]!),
      text: out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n'),
    };
  };
  return { app, data, say };
}

/**
 * The demo assistant for one test file (opened before its tests, closed after): the data, and
 * `conversation(messages, user?)`, which sends them in a new conversation (as Alice, or `user`) and gives
 * the text answered to each.
 */
export function demoConversations(prefix: string): {
  data: () => Dataset;
  /** The assistant itself (its store, to see what was written). */
  app: () => App;
  conversation: (messages: readonly string[], user?: DemoUser) => Promise<string[]>;
  /** The same, written by another demo user (`u-bob`, `u-li` …), signed in on the test channel. */
  conversationOf: (userId: string, messages: readonly string[]) => Promise<string[]>;
} {
  let app: App | undefined;
  let data: Dataset | undefined;
  let say: ((conversationId: string, id: string, text: string, user?: DemoUser) => Promise<Answer>) | undefined;
  let n = 0;
  beforeAll(async () => {
    ({ app, data, say } = await demoAssistant());
  });
  afterAll(async () => {
    await app?.close();
  });
  const linked = new Set<string>();
  async function send(chat: string, messages: readonly string[]): Promise<string[]> {
    const id = `${prefix}-${++n}`;
    const said: string[] = [];
    for (const [i, text] of messages.entries()) {
      const out = await app!.pipeline.process({ type: 'message', id: `${id}-${i}`, channelId: 'test', from: { id: chat }, conversation: { id }, text }, async () => {});
      said.push(out.replies.filter((r) => r.type === 'message').map((r) => r.text ?? '').join('\n'));
    }
    return said;
  }
  return {
    data: () => data!,
    app: () => app!,
    async conversation(messages, user) {
      const id = `${prefix}-${++n}`;
      const said: string[] = [];
      for (const [i, text] of messages.entries()) said.push((await say!(id, `${id}-${i}`, text, user)).text);
      return said;
    },
    async conversationOf(userId, messages) {
      const chat = `${userId}-chat`;
      if (!linked.has(userId)) await app!.store.identities.link({ channelId: 'test', externalId: chat, userId, linkedAt: DEMO_NOW });
      linked.add(userId);
      return send(chat, messages);
    },
  };
}

/** The demo assistant for one test file (opened before its tests, closed after); read its parts inside tests only. */
export function useDemoAssistant(): { readonly app: App; readonly data: Dataset; say(conversationId: string, id: string, text: string, user?: DemoUser): Promise<Answer> } {
  let opened: Awaited<ReturnType<typeof demoAssistant>> | undefined;
  beforeAll(async () => {
    opened = await demoAssistant();
  });
  afterAll(async () => {
    await opened?.app.close();
  });
  return {
    get app() {
      return opened!.app;
    },
    get data() {
      return opened!.data;
    },
    say: (conversationId, id, text, user) => opened!.say(conversationId, id, text, user),
  };
}
